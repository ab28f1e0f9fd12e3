import Testing
@testable import Charts

@Suite("Network diagram")
struct NetworkDiagramTests {
    /// A diagram of `count` nodes named N0, N1, … joined by `edges`, each node with two label lines as wide as a
    /// region's price and load.
    static func diagram(count: Int, edges: [(Int, Int)]) -> NetworkDiagram {
        NetworkDiagram(
            title: "test",
            nodes: (0..<count).map { NetworkDiagram.Node(name: "N\($0)", lines: ["123.45 EUR/MWh", "load 12,345 GWh"], detail: "node \($0)") },
            edges: edges.map { NetworkDiagram.Edge(from: $0.0, to: $0.1, width: 4, direction: .forward, lines: ["net 1,234 GWh", "123 h at limit"],
                                                   detail: "edge") })
    }

    /// The southern grid's corridors between GD, GX, YN, GZ and HI (indices 0–4): five regions, seven links.
    static let southern = diagram(count: 5, edges: [(1, 0), (2, 0), (3, 0), (0, 4), (2, 1), (3, 1), (2, 3)])

    /// 31 nodes: a ring, and chords from every node to (7i + 3) mod 31, self-loops and repeats left out: 56 edges,
    /// as many as the data bundle's corridors between 31 provinces.
    static let national: NetworkDiagram = {
        var edges = (0..<31).map { ($0, ($0 + 1) % 31) }
        for node in 0..<31 {
            let other = (7 * node + 3) % 31
            if other != node, !edges.contains(where: { Set([$0.0, $0.1]) == Set([node, other]) }) { edges.append((node, other)) }
            if edges.count == 56 { break }
        }
        return diagram(count: 31, edges: edges)
    }()

    static func closestPair(_ centres: [(x: Double, y: Double)]) -> Double {
        var closest = Double.infinity
        for a in centres.indices {
            for b in centres.indices where b > a {
                closest = min(closest, ((centres[a].x - centres[b].x) * (centres[a].x - centres[b].x)
                                        + (centres[a].y - centres[b].y) * (centres[a].y - centres[b].y)).squareRoot())
            }
        }
        return closest
    }

    /// Checks a drawn diagram: every node and edge drawn, centres at least `closest` apart and inside the drawing, and
    /// nothing written over anything else: no node's lines over another's or over another circle, no edge label over a
    /// circle, a node's lines or another edge label. Returns how many edges carry a label.
    static func checkLegible(_ diagram: NetworkDiagram, closest: Double) -> Int {
        let svg = diagram.svg(), size = diagram.size, radius = diagram.nodeRadius
        let circles = SVGInspection.elements("circle", in: svg)
        #expect(circles.count == diagram.nodes.count && SVGInspection.elements("line", in: svg).count == diagram.edges.count)
        let centres = circles.map { (x: Double($0["cx"] ?? "") ?? -1, y: Double($0["cy"] ?? "") ?? -1) }
        // Coordinates are written with two decimals, so distances may read up to 0.01 short.
        #expect(Self.closestPair(centres) >= closest - 0.01)
        #expect(centres.allSatisfy { $0.x - radius >= 0 && $0.x + radius <= size.width && $0.y - radius >= 0 && $0.y + radius <= size.height })
        func boxes(_ className: String) -> [NetworkDiagram.Box] {
            SVGInspection.elements("rect", in: svg).filter { $0["class"] == className }.map { rect in
                NetworkDiagram.Box(x: Double(rect["x"] ?? "") ?? 0, y: Double(rect["y"] ?? "") ?? 0,
                                   width: Double(rect["width"] ?? "") ?? 0, height: Double(rect["height"] ?? "") ?? 0)
            }
        }
        let nodeLines = boxes("node-label-box"), edgeLabels = boxes("link-label-box")
        #expect(nodeLines.count == diagram.nodes.count)
        for (index, box) in nodeLines.enumerated() {
            #expect(!centres.enumerated().contains { $0.offset != index && box.touches($0.element, radius: radius) }, "lines of node \(index) cover a node")
            #expect(!nodeLines[(index + 1)...].contains { box.overlaps($0) }, "lines of node \(index) cover another node's")
        }
        for (index, box) in edgeLabels.enumerated() {
            #expect(!centres.contains { box.touches($0, radius: radius) }, "label \(index) covers a node")
            #expect(!(nodeLines + edgeLabels[(index + 1)...]).contains { box.overlaps($0) }, "label \(index) covers other lines")
        }
        return edgeLabels.count
    }

    @Test("Five regions: centres at least 2 × 24 + 60 = 108 apart, every edge labelled, nothing written over anything else")
    func fiveRegions() {
        #expect(Self.checkLegible(Self.southern, closest: 108) == 7)
    }

    @Test("31 regions and 56 links: every node drawn, centres at least 2 × 17 + 60 = 94 apart, nothing written over anything else")
    func thirtyOneRegions() {
        #expect(Self.national.edges.count == 56)
        #expect(Self.checkLegible(Self.national, closest: 94) > 0)
    }

    @Test("The layout is the same every time, and a network without edges or with one node is drawn")
    func deterministicAndDegenerate() {
        #expect(Self.national.svg() == Self.national.svg())
        #expect(Self.diagram(count: 0, edges: []).centres.isEmpty)
        let single = Self.diagram(count: 1, edges: []).centres
        // One node sits in the middle of its area: 960 / 2 across.
        #expect(single.count == 1 && abs(single[0].x - 480) < 1e-9)
        _ = Self.checkLegible(Self.diagram(count: 4, edges: []), closest: 108)
    }

    @Test("The arrow points along the edge for a forward flow and against it for a backward one; none without a net flow")
    func arrowDirection() {
        func tipAlong(_ direction: NetworkDiagram.Edge.Direction) -> Double? {
            var diagram = Self.diagram(count: 2, edges: [(0, 1)])
            diagram.edges[0].direction = direction
            let centres = diagram.centres
            guard let points = SVGInspection.elements("polygon", in: diagram.svg()).first?["points"] else { return nil }
            let corners = points.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
            // The tip is the first corner; the base is the middle of the other two.
            let tip = (x: corners[0][0], y: corners[0][1]), base = (x: (corners[1][0] + corners[2][0]) / 2, y: (corners[1][1] + corners[2][1]) / 2)
            return (tip.x - base.x) * (centres[1].x - centres[0].x) + (tip.y - base.y) * (centres[1].y - centres[0].y)
        }
        #expect(tipAlong(.forward).map { $0 > 0 } == true)
        #expect(tipAlong(.backward).map { $0 < 0 } == true)
        #expect(tipAlong(.none) == nil)
    }
}
