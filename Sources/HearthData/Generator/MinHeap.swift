/// A binary min-heap of (day, child) pairs: children waiting until their episode has closed
/// before they can be referred again. Ties break on the child index, so order is deterministic.
struct MinHeap {
    private var items: [(key: Int32, value: Int32)] = []

    var isEmpty: Bool { items.isEmpty }
    var minKey: Int32? { items.first?.key }

    mutating func push(_ key: Int32, _ value: Int32) {
        items.append((key, value))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (key: Int32, value: Int32)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, less(items[l], items[m]) { m = l }
                if r < items.count, less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return top
    }

    private func less(_ a: (key: Int32, value: Int32), _ b: (key: Int32, value: Int32)) -> Bool {
        a.key != b.key ? a.key < b.key : a.value < b.value
    }
}
