/// The items of one kind in a CIN record that nearly always has one item or none (a child's
/// disabilities, an episode's assessments, CIN plans and s47 enquiries, an assessment's factor
/// codes, a plan's review dates), with the first item held inline.
///
/// As `Array`s, each non-empty one was a heap block of its own: over three million in a
/// national census, allocated while reading and freed again one by one with the dataset.
/// Here only the items after the first go on the heap. It reads like an array (a random-access
/// collection, built from an array literal); `Array(list)` gives one where an array is needed.
/// A child's episodes and an episode's protection plans stay arrays: an episode inline made a
/// child three times the size, and the engines, which copy episodes, slower.
///
/// Inlinable, so that the engines' loops over lists are specialised for each element type
/// rather than run through generic code.
public struct CINList<Element>: RandomAccessCollection {
    /// The first item; nil only when the list is empty.
    @usableFromInline let head: Element?
    /// The items after the first; nil rather than empty when there are none, so that copying a
    /// list touches no reference count (every empty array shares one storage object, whose
    /// count the cores would otherwise fight over). Together with `head` nil for an empty
    /// list, each list has one representation and the synthesised equality is item by item.
    @usableFromInline let rest: [Element]?

    @inlinable public init() {
        head = nil
        rest = nil
    }

    /// A list of one item, which needs no allocation.
    @inlinable public init(single item: Element) {
        head = item
        rest = nil
    }

    @inlinable public init(_ items: [Element]) {
        head = items.first
        rest = items.count > 1 ? Array(items.dropFirst()) : nil
    }

    /// A list of `first` then `rest`: lets a reader that gathers items build the list with at
    /// most the one allocation for `rest`.
    @inlinable public init(first: Element, rest: [Element]) {
        head = first
        self.rest = rest.isEmpty ? nil : rest
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { head == nil ? 0 : (rest?.count ?? 0) + 1 }

    @inlinable public subscript(position: Int) -> Element {
        // Out of range traps in `rest` (an empty array when there is none), as an array's
        // subscript does.
        if position == 0, let head { return head }
        return (rest ?? [])[position - 1]
    }
}

extension CINList: ExpressibleByArrayLiteral {
    @inlinable public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension CINList: Equatable where Element: Equatable {}
extension CINList: Hashable where Element: Hashable {}
extension CINList: Sendable where Element: Sendable {}

// Printed as an array, so that a record prints as it did when its lists were arrays.
extension CINList: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String { Array(self).description }
    public var debugDescription: String { Array(self).debugDescription }
}
