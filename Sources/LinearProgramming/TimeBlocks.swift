/// The columns of a program grouped into blocks of consecutive hours, for a crossover block by block.
///
/// Blocks nest: a year is cut into ``fanOut`` blocks of whole weeks, each of those into its weeks, each week into
/// its days (a program of a block is crossed over block by block in turn). Measured on full-year Guangxi 2030, a
/// fan-out of 8, 12 or 16 took 2.3–2.8 s, one of 2, 3, 4 or 6 3.0–3.8 s
/// (Benchmarks/README.md, "Crossover block by block").
///
/// The hour of a column is read off its name as the builders write it: `…[…,t=17]` is hour 17 and `…[…,d=3]` day 3
/// (its first hour). Columns with neither (a year-long shortfall, an investment decision) join the first block.
/// The grouping is a hint for speed only: a crossover block by block reaches an optimal basis for any grouping.
struct TimeBlocks {
    /// A week of hours.
    static let week = 168
    /// Most blocks in one grouping: a longer span is cut into this many blocks of whole weeks, each of which is
    /// crossed over block by block in turn, so that where blocks meet only a few values are left to the larger
    /// program, whose simplex iterations cost the most.
    static let fanOut = 8

    /// The columns of each block, in time order.
    let columns: [[Int]]
    /// The block of each column.
    let blockOfColumn: [Int]
    /// Hours per block.
    let hoursPerBlock: Int

    /// Groups the columns named `columnNames` into blocks counted from the earliest hour: days up to ``fanOut``
    /// days, single weeks up to ``fanOut`` weeks, otherwise ``fanOut`` blocks of as many whole weeks as that takes.
    init(columnNames: [String]) {
        let hours = columnNames.map(Self.hour(inName:))
        let first = hours.compactMap { $0 }.min() ?? 0, last = hours.compactMap { $0 }.max() ?? 0
        let hoursSpanned = last - first + 1, group = Self.week * Self.fanOut
        let hoursPerBlock = hoursSpanned <= 24 * Self.fanOut ? 24
            : hoursSpanned <= group ? Self.week : Self.week * ((hoursSpanned + group - 1) / group)
        self.hoursPerBlock = hoursPerBlock
        let spanOfColumn = hours.map { $0.map { ($0 - first) / hoursPerBlock } ?? 0 }
        // Spans with no column (a window's gaps) make no block.
        let used = Set(spanOfColumn).sorted()
        let number = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
        blockOfColumn = spanOfColumn.map { number[$0] ?? 0 }
        var columns = [[Int]](repeating: [], count: used.count)
        for (column, block) in blockOfColumn.enumerated() { columns[block].append(column) }
        self.columns = columns
    }

    /// Number of blocks.
    var count: Int { columns.count }

    /// The hour of the year a name gives (`t=H` directly, `d=D` as 24·(D−1)+1), or nil when it gives none.
    static func hour(inName name: String) -> Int? {
        let bytes = Array(name.utf8)
        var position = 2
        while position < bytes.count {
            defer { position += 1 }
            guard bytes[position] == UInt8(ascii: "="), bytes[position - 2] == UInt8(ascii: "[") || bytes[position - 2] == UInt8(ascii: ",")
            else { continue }
            let unit = bytes[position - 1]
            guard unit == UInt8(ascii: "t") || unit == UInt8(ascii: "d") else { continue }
            var value = 0, digits = 0
            var next = position + 1
            while next < bytes.count, bytes[next] >= UInt8(ascii: "0"), bytes[next] <= UInt8(ascii: "9"), digits < 9 {
                value = value * 10 + Int(bytes[next] - UInt8(ascii: "0"))
                digits += 1
                next += 1
            }
            guard digits > 0 else { continue }
            return unit == UInt8(ascii: "t") ? value : 24 * (value - 1) + 1
        }
        return nil
    }
}
