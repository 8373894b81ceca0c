/// Values gathered per child for a list of children held in ID order (the care history's), so
/// that a measure reads child `c`'s values by position instead of hashing the child's ID.
///
/// All values sit in one array, child `c`'s at `values[bounds[c]..<bounds[c + 1]]`: one
/// allocation for the lot rather than an array per child, each hashed into a dictionary by its
/// String key when built and again on every lookup.
struct ChildGroups<Value: Sendable>: Sendable {
    private let values: [Value]
    /// `children.count + 1` offsets into `values`.
    private let bounds: [Int32]

    /// - Parameters:
    ///   - rows: (child, value) pairs sorted by child ID; within a child, in the order wanted.
    ///   - children: the children to group for, sorted by ID, each once. Rows of children not
    ///     listed are left out; a listed child with no rows gets an empty group.
    init(sortedRows rows: [(child: String, value: Value)], children: some Collection<String>) {
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        var bounds: [Int32] = [0]
        bounds.reserveCapacity(children.count + 1)
        // Both lists are in ID order: one merge walk, comparing IDs, never hashing them.
        var k = 0
        for child in children {
            while k < rows.count, rows[k].child < child { k += 1 }
            while k < rows.count, rows[k].child == child {
                values.append(rows[k].value)
                k += 1
            }
            bounds.append(Int32(values.count))
        }
        self.values = values
        self.bounds = bounds
    }

    var count: Int { bounds.count - 1 }

    /// Child `c`'s values, in the order the rows gave them.
    subscript(c: Int) -> ArraySlice<Value> {
        values[Int(bounds[c])..<Int(bounds[c + 1])]
    }
}
