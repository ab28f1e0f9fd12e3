import Foundation

/// Where the nodes of a network diagram go: a stress-majorization layout started from a circle in node order, so that
/// nodes few links apart end up near each other; then laid with its long side across, stretched to fill the area and
/// pushed apart until no two centres are closer than a minimum distance. It uses no random numbers, so a network is
/// always drawn alike.
enum NetworkLayout {
    /// A position in SVG units.
    typealias Point = (x: Double, y: Double)

    /// Rounds of stress majorization: enough for a few dozen nodes to settle.
    static let iterations = 300
    /// Most rounds of pushing apart nodes that are too close.
    static let separationRounds = 500

    /// Centres of `count` nodes joined by `edges` (pairs of node indices) inside `area`, no two closer than
    /// `minimumDistance` (where the area has room for that many).
    static func positions(count: Int, edges: [(Int, Int)], in area: PlotArea, minimumDistance: Double) -> [Point] {
        guard count > 1 else { return count == 1 ? [(area.x + area.width / 2, area.y + area.height / 2)] : [] }
        var points = circle(count: count, in: area)
        let joined = edges.filter { $0.0 != $0.1 && points.indices.contains($0.0) && points.indices.contains($0.1) }
        if !joined.isEmpty { points = stressMajorized(points, edges: joined) }
        return separated(stretched(lyingDown(points), to: area), minimumDistance: minimumDistance, in: area)
    }

    /// Nodes on the largest circle of the area, the first at the top, the rest clockwise.
    static func circle(count: Int, in area: PlotArea) -> [Point] {
        let radius = min(area.width, area.height) / 2
        return (0..<count).map { index in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
            return (area.x + area.width / 2 + radius * cos(angle), area.y + area.height / 2 + radius * sin(angle))
        }
    }

    /// Stress majorization: each pair of nodes is placed as far apart as the number of links between them (pairs in
    /// parts not joined count as one hop further than the farthest joined pair), nearer pairs weighing more (by the
    /// inverse square of that number), by moving one node at a time to where its stress is least.
    static func stressMajorized(_ start: [Point], edges: [(Int, Int)]) -> [Point] {
        var points = start
        let hops = hopCounts(count: points.count, edges: edges)
        for _ in 0..<iterations {
            for i in points.indices {
                var sum: Point = (0, 0), weights = 0.0
                for j in points.indices where j != i {
                    let dx = points[i].x - points[j].x, dy = points[i].y - points[j].y
                    let distance = max((dx * dx + dy * dy).squareRoot(), 1e-9)
                    let target = hops[i][j], weight = 1 / (target * target)
                    sum.x += weight * (points[j].x + target * dx / distance)
                    sum.y += weight * (points[j].y + target * dy / distance)
                    weights += weight
                }
                points[i] = (sum.x / weights, sum.y / weights)
            }
        }
        return points
    }

    /// The fewest links between every two nodes (breadth-first from each); pairs not joined get one more than the
    /// largest count of joined pairs.
    static func hopCounts(count: Int, edges: [(Int, Int)]) -> [[Double]] {
        var neighbours = [[Int]](repeating: [], count: count)
        for (a, b) in edges {
            neighbours[a].append(b)
            neighbours[b].append(a)
        }
        var hops = [[Int?]](repeating: [Int?](repeating: nil, count: count), count: count)
        for source in 0..<count {
            hops[source][source] = 0
            var frontier = [source]
            while !frontier.isEmpty {
                var next: [Int] = []
                for node in frontier {
                    for neighbour in neighbours[node] where hops[source][neighbour] == nil {
                        hops[source][neighbour] = (hops[source][node] ?? 0) + 1
                        next.append(neighbour)
                    }
                }
                frontier = next
            }
        }
        let apart = Double((hops.joined().compactMap { $0 }.max() ?? 0) + 1)
        return hops.map { $0.map { $0.map(Double.init) ?? apart } }
    }

    /// The points turned a quarter (x and y swapped) when they span more up and down than across, so that the longer
    /// side of the layout lies along the longer side of a drawing wider than tall.
    static func lyingDown(_ points: [Point]) -> [Point] {
        func span(_ values: [Double]) -> Double { (values.max() ?? 0) - (values.min() ?? 0) }
        return span(points.map(\.y)) > span(points.map(\.x)) ? points.map { ($0.y, $0.x) } : points
    }

    /// The points scaled, each direction on its own, so that they span the whole area (a direction in which they all
    /// sit at one place is centred).
    static func stretched(_ points: [Point], to area: PlotArea) -> [Point] {
        let xs = points.map(\.x), ys = points.map(\.y)
        func scale(_ value: Double, _ values: [Double], start: Double, length: Double) -> Double {
            let low = values.min() ?? 0, high = values.max() ?? 0
            return high - low < 1e-9 ? start + length / 2 : start + (value - low) / (high - low) * length
        }
        return points.map { (scale($0.x, xs, start: area.x, length: area.width), scale($0.y, ys, start: area.y, length: area.height)) }
    }

    /// Pairs closer than `minimumDistance` pushed apart along the line joining them (coincident ones along a fixed
    /// direction of their own), staying inside the area, until none is or the rounds run out.
    static func separated(_ start: [Point], minimumDistance: Double, in area: PlotArea) -> [Point] {
        var points = start
        for _ in 0..<separationRounds {
            var moved = false
            for a in points.indices {
                for b in points.indices where b > a {
                    var dx = points[b].x - points[a].x, dy = points[b].y - points[a].y
                    var distance = (dx * dx + dy * dy).squareRoot()
                    guard distance < minimumDistance else { continue }
                    if distance < 1e-6 { (dx, dy, distance) = (cos(Double(a + b)), sin(Double(a + b)), 1) }
                    let half = (minimumDistance - distance) / 2 + 0.5
                    points[a] = clamped((points[a].x - dx / distance * half, points[a].y - dy / distance * half), to: area)
                    points[b] = clamped((points[b].x + dx / distance * half, points[b].y + dy / distance * half), to: area)
                    moved = true
                }
            }
            if !moved { break }
        }
        return points
    }

    static func clamped(_ point: Point, to area: PlotArea) -> Point {
        (min(area.maxX, max(area.x, point.x)), min(area.maxY, max(area.y, point.y)))
    }
}
