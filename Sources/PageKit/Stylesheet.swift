/// The page's only style sheet, inline. System fonts only (no font file is fetched); the stack names CJK
/// fonts so that plan quotes in Chinese render wherever one is installed. Print rules fit A4 and keep each
/// chart on one page.
enum Stylesheet {
    static let fontStack = """
        "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", \
        "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif
        """

    static let css = """
        :root { --text: #1f2328; --muted: #59636e; --rule: #d8dee4; --panel: #ffffff; --page: #f3f5f7; --accent: #0072B2; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--page); color: var(--text); font-family: \(fontStack);
               font-size: 15px; line-height: 1.45; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .page-header, .contents, main, .page-footer { max-width: 1200px; margin: 0 auto; padding-left: 24px; padding-right: 24px; }
        .page-header { padding-top: 22px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        .subtitle { color: var(--muted); margin: 0; }
        .contents { display: flex; flex-wrap: wrap; gap: 6px 16px; padding-top: 10px; padding-bottom: 6px; font-size: 13px; }
        .contents a { color: var(--accent); text-decoration: none; }
        section { background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; padding: 16px 22px 18px; margin: 14px 0; }
        h2 { font-size: 19px; margin: 0 0 10px; }
        h3 { font-size: 15px; margin: 0 0 4px; }
        p { margin: 6px 0; }
        .muted, figcaption { color: var(--muted); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 6px 0 10px; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
        .kpi { border: 1px solid var(--rule); border-left: 4px solid var(--accent); border-radius: 4px; padding: 10px 12px; }
        .kpi .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
        .kpi .value { font-size: 23px; font-weight: 600; margin: 2px 0; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .kpi .detail { color: var(--muted); font-size: 13px; }
        .kpi.alert { border-left-color: #D55E00; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
        figure.chart { margin: 10px 0 14px; break-inside: avoid; page-break-inside: avoid; }
        figure.chart svg { display: block; width: 100%; height: auto; }
        figure.chart svg text { font-family: \(fontStack); }
        figcaption { font-size: 13px; margin-top: 2px; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
        th { font-weight: 600; background: #f6f8fa; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .met { color: #00734f; font-weight: 600; }
        .missed { color: #b33c00; font-weight: 600; }
        .quote { font-size: 14px; }
        table.assumptions { font-size: 13px; }
        table.assumptions td:first-child { white-space: nowrap; }
        .page-footer { color: var(--muted); font-size: 12px; padding-top: 4px; padding-bottom: 24px; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          .page-header, main, .page-footer { max-width: none; padding-left: 0; padding-right: 0; }
          .contents { display: none; }
          section { border: none; padding: 0; margin: 0 0 8mm; }
          .kpis { grid-template-columns: repeat(3, 1fr); }
          .pair { grid-template-columns: 1fr; }
          .pair figure.chart svg { max-width: 65%; }
          h2 { break-after: avoid; page-break-after: avoid; }
          figure.chart, .kpi, tr, dl.facts { break-inside: avoid; page-break-inside: avoid; }
          .table-wrap { overflow: visible; }
        }
        """
}
