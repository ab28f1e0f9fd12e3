/// A schematic of a network (regions and the links between them): nodes as labelled circles placed by
/// ``NetworkLayout``, edges as straight lines whose width says how much they carry, each with an arrow for its
/// direction and a label set at a spot along it that covers no node and, where such a spot exists, no other label.
public struct NetworkDiagram: Sendable {
    /// One node.
    public struct Node: Sendable {
        /// Short name written inside the circle (a region code).
        public var name: String
        /// Lines written under the circle (a price, an energy).
        public var lines: [String]
        /// Everything about the node, shown when the pointer rests on it.
        public var detail: String

        /// A node.
        public init(name: String, lines: [String], detail: String) {
            self.name = name
            self.lines = lines
            self.detail = detail
        }
    }

    /// One edge between two nodes.
    public struct Edge: Sendable {
        /// Which way the arrow points.
        public enum Direction: Sendable, Equatable {
            /// From `from` to `to`.
            case forward
            /// From `to` to `from`.
            case backward
            /// No arrow (nothing net either way).
            case none
        }

        /// Index of one end in the diagram's nodes.
        public var from: Int
        /// Index of the other end.
        public var to: Int
        /// Line width, SVG units.
        public var width: Double
        /// Which way the arrow points.
        public var direction: Direction
        /// Lines of the label set on the edge.
        public var lines: [String]
        /// Everything about the edge, shown when the pointer rests on it.
        public var detail: String

        /// An edge.
        public init(from: Int, to: Int, width: Double, direction: Direction, lines: [String], detail: String) {
            self.from = from
            self.to = to
            self.width = width
            self.direction = direction
            self.lines = lines
            self.detail = detail
        }
    }

    static let nodeFill = OkabeIto.blue
    static let edgeColor = "#8C8C8C"
    static let labelFontSize = 11.0
    static let nameFontSize = 13.0
    static let lineHeight = 13.0
    static let margin = 12.0

    /// What the diagram shows, for screen readers and the SVG's `<title>`.
    public var title: String
    /// The nodes.
    public var nodes: [Node]
    /// The edges.
    public var edges: [Edge]

    /// A diagram.
    public init(title: String, nodes: [Node], edges: [Edge]) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
    }

    /// Drawing size: wider than tall, and taller for more than eight nodes.
    public var size: ChartSize { ChartSize(width: 960, height: nodes.count > 8 ? 900 : 540) }

    /// Circle radius, SVG units: smaller when there are many nodes.
    public var nodeRadius: Double { nodes.count > 8 ? 17 : 24 }

    /// Nearest two node centres may be, SVG units: at least two radii and 60 between them, and at least the diagonal
    /// of the largest lines under a node (so that two nodes' lines cannot overlap: nodes closer across than that box
    /// is wide are farther apart up and down than it is high).
    public var minimumDistance: Double {
        let boxes = nodes.indices.map { nodeLabelBox($0, (x: 0, y: 0)) }
        let width = boxes.map(\.width).max() ?? 0, height = boxes.map(\.height).max() ?? 0
        return max(nodeRadius * 2 + 60, (width * width + height * height).squareRoot() + 2)
    }

    /// The nodes' centres, in node order, SVG units.
    public var centres: [(x: Double, y: Double)] {
        let widest = nodes.flatMap(\.lines).map { TextMetrics.width(of: $0, fontSize: Self.labelFontSize) }.max() ?? 0
        let side = max(nodeRadius, widest / 2 + 3) + Self.margin
        let below = Double(nodes.map(\.lines.count).max() ?? 0) * Self.lineHeight + 6
        let area = PlotArea(x: side, y: nodeRadius + Self.margin, width: size.width - 2 * side,
                            height: size.height - 2 * (nodeRadius + Self.margin) - below)
        return NetworkLayout.positions(count: nodes.count, edges: edges.map { ($0.from, $0.to) }, in: area, minimumDistance: minimumDistance)
            .map { (x: $0.x, y: $0.y) }
    }

    /// The diagram as an inline SVG element: lines and arrows, then the labels that fit, then the nodes on top.
    public func svg() -> String {
        let centres = self.centres
        var taken = nodes.indices.map { index in nodeLabelBox(index, centres[index]) }
        var lines = "", arrows = "", labels = ""
        for edge in edges where centres.indices.contains(edge.from) && centres.indices.contains(edge.to) {
            let start = centres[edge.from], end = centres[edge.to]
            lines += SVG.element("line", [("class", "link"), ("x1", SVG.number(start.x)), ("y1", SVG.number(start.y)), ("x2", SVG.number(end.x)),
                                          ("y2", SVG.number(end.y)), ("stroke", Self.edgeColor), ("stroke-width", SVG.number(edge.width)),
                                          ("stroke-linecap", "round")],
                                 content: SVG.element("title", [], content: SVG.escape(edge.detail)))
            if let box = labelBox(for: edge, from: start, to: end, centres: centres, taken: taken) {
                taken.append(box)
                arrows += arrow(edge, from: start, to: end, beside: box)
                labels += label(edge.lines, in: box, className: "link-label")
            } else {
                let middle = Box(x: (start.x + end.x) / 2, y: (start.y + end.y) / 2, width: 0, height: 0)
                arrows += arrow(edge, from: start, to: end, beside: middle)
            }
        }
        let circles = nodes.indices.map { node($0, at: centres[$0]) }.joined()
        let content = SVG.element("title", [], content: SVG.escape(title)) + SVG.element("g", [("class", "links")], content: lines + arrows)
            + SVG.element("g", [("class", "link-labels")], content: labels) + SVG.element("g", [("class", "nodes")], content: circles)
        return SVG.element("svg", [
            ("class", "chart network"), ("viewBox", "0 0 \(SVG.number(size.width)) \(SVG.number(size.height))"), ("width", "100%"),
            ("role", "img"), ("aria-label", title), ("font-size", SVG.number(Self.labelFontSize)), ("fill", ChartFrame.textColor),
        ], content: content)
    }

    /// A rectangle in SVG units.
    struct Box {
        let x: Double, y: Double, width: Double, height: Double

        func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }

        /// Whether the box comes within `radius` of a point.
        func touches(_ point: (x: Double, y: Double), radius: Double) -> Bool {
            let dx = max(x - point.x, 0, point.x - (x + width)), dy = max(y - point.y, 0, point.y - (y + height))
            return dx * dx + dy * dy < radius * radius
        }
    }

    /// Where a node's lines go: centred under its circle.
    func nodeLabelBox(_ index: Int, _ centre: (x: Double, y: Double)) -> Box {
        let width = (nodes[index].lines.map { TextMetrics.width(of: $0, fontSize: Self.labelFontSize) }.max() ?? 0) + 6
        return Box(x: centre.x - width / 2, y: centre.y + nodeRadius + 2, width: width, height: Double(nodes[index].lines.count) * Self.lineHeight + 4)
    }

    /// The label's box: centred on the edge at the first of a few spots (middle first, then outwards) that covers
    /// no node, no node's lines and no label already placed; `nil` when there is no such spot (the edge then goes
    /// unlabelled: its numbers are in its `detail`).
    func labelBox(for edge: Edge, from start: (x: Double, y: Double), to end: (x: Double, y: Double), centres: [(x: Double, y: Double)],
                  taken: [Box]) -> Box? {
        let width = (edge.lines.map { TextMetrics.width(of: $0, fontSize: Self.labelFontSize) }.max() ?? 0) + 6
        let height = Double(edge.lines.count) * Self.lineHeight + 4
        return [0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.25, 0.75].lazy.map { share in
            Box(x: start.x + (end.x - start.x) * share - width / 2, y: start.y + (end.y - start.y) * share - height / 2, width: width, height: height)
        }.first { box in
            !centres.contains { box.touches($0, radius: nodeRadius + 2) } && !taken.contains(where: box.overlaps)
        }
    }

    /// A triangle on the edge just past its label, pointing the way of the flow.
    func arrow(_ edge: Edge, from start: (x: Double, y: Double), to end: (x: Double, y: Double), beside box: Box) -> String {
        guard edge.direction != .none else { return "" }
        let length = ((end.x - start.x) * (end.x - start.x) + (end.y - start.y) * (end.y - start.y)).squareRoot()
        guard length > 0 else { return "" }
        let sign = edge.direction == .forward ? 1.0 : -1.0
        let ux = (end.x - start.x) / length * sign, uy = (end.y - start.y) / length * sign
        let centre = (x: box.x + box.width / 2, y: box.y + box.height / 2)
        let gap = abs(ux) * box.width / 2 + abs(uy) * box.height / 2 + 3
        let tipLength = 9.0, halfWidth = max(4, edge.width / 2 + 3)
        let base = (x: centre.x + ux * gap, y: centre.y + uy * gap)
        let tip = (x: base.x + ux * tipLength, y: base.y + uy * tipLength)
        let corners = [(tip.x, tip.y), (base.x - uy * halfWidth, base.y + ux * halfWidth), (base.x + uy * halfWidth, base.y - ux * halfWidth)]
        return SVG.element("polygon", [("class", "arrow"), ("points", SVG.points(corners)), ("fill", ChartFrame.textColor)])
    }

    /// Text lines on a pale box, so that they read over the lines they cross.
    func label(_ lines: [String], in box: Box, className: String) -> String {
        let background = SVG.element("rect", [("class", "\(className)-box"), ("x", SVG.number(box.x)), ("y", SVG.number(box.y)),
                                              ("width", SVG.number(box.width)), ("height", SVG.number(box.height)), ("rx", "3"), ("fill", "#fff"),
                                              ("fill-opacity", "0.88")])
        let text = lines.enumerated().map { index, line in
            SVG.element("text", [("class", className), ("x", SVG.number(box.x + box.width / 2)),
                                 ("y", SVG.number(box.y + Double(index + 1) * Self.lineHeight - 1)), ("text-anchor", "middle")],
                        content: SVG.escape(line))
        }
        return background + text.joined()
    }

    /// A node's circle, its name inside and its lines under it.
    func node(_ index: Int, at centre: (x: Double, y: Double)) -> String {
        let node = nodes[index]
        let box = nodeLabelBox(index, centre)
        let circle = SVG.element("circle", [("class", "node"), ("cx", SVG.number(centre.x)), ("cy", SVG.number(centre.y)), ("r", SVG.number(nodeRadius)),
                                            ("fill", Self.nodeFill), ("stroke", "#fff"), ("stroke-width", "2")])
        let name = SVG.element("text", [("class", "node-name"), ("x", SVG.number(centre.x)), ("y", SVG.number(centre.y + Self.nameFontSize * 0.35)),
                                        ("text-anchor", "middle"), ("font-size", SVG.number(Self.nameFontSize)), ("font-weight", "600"), ("fill", "#fff")],
                               content: SVG.escape(node.name))
        let lines = node.lines.isEmpty ? "" : label(node.lines, in: box, className: "node-label")
        return SVG.element("g", [("class", "node")], content: SVG.element("title", [], content: SVG.escape(node.detail)) + circle + name + lines)
    }
}
