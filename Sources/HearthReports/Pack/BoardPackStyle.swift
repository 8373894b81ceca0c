/// The pack's own style sheet: GOV.UK-like type and tags, tuned for A4 print. Kept apart from
/// the web app's so a pack saved to disk or printed looks the same as the one on screen.
public enum BoardPackStyle {
    public static let css = """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm;
      @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, Helvetica, sans-serif; color: #505a5f; } }
    * { box-sizing: border-box; }
    body.pack { font: 11pt/1.45 Arial, Helvetica, sans-serif; color: #0b0c0c; margin: 0; background: #fff; }
    body.pack main { max-width: 190mm; margin: 0 auto; padding: 12mm 8mm; }
    .pack h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 8mm; }
    .pack h2 { font-size: 15pt; margin: 9mm 0 3mm; padding-top: 2mm; border-top: 2px solid #0b0c0c; break-after: avoid; }
    .pack h3 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
    .pack p { margin: 0 0 3mm; }
    .pack-number { display: inline-block; min-width: 9mm; }
    .pack-authority { font-weight: bold; font-size: 13pt; margin-bottom: 2mm; color: #505a5f; }
    .pack-cover { border-bottom: 4px solid #1d70b8; padding-bottom: 4mm; margin-bottom: 4mm; }
    .pack-facts { display: grid; grid-template-columns: 45mm 1fr; gap: 1.5mm 4mm; margin: 0 0 4mm; break-inside: avoid; }
    .pack-facts dt { font-weight: bold; }
    .pack-facts dd { margin: 0; }
    .pack-table { width: 100%; border-collapse: collapse; margin: 2mm 0 5mm; font-size: 9.5pt; break-inside: auto; }
    .pack-table caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
    .pack-table th, .pack-table td { border-bottom: 1px solid #b1b4b6; padding: 1.5mm 2mm 1.5mm 0; text-align: left; vertical-align: top; }
    .pack-table th { border-bottom: 2px solid #0b0c0c; }
    .pack-table .num { text-align: right; font-variant-numeric: tabular-nums; }
    .pack-table thead { display: table-header-group; }
    .pack-table tr { break-inside: avoid; }
    .pack-table caption, .pack-table thead { break-after: avoid; }
    .pack-table tbody tr:nth-child(-n+3) { break-before: avoid; }
    .pack-tiles { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; margin: 2mm 0 5mm; }
    .pack-tile { border-left: 5px solid #b1b4b6; padding: 1mm 0 1mm 3mm; break-inside: avoid; }
    .pack-tile h3 { margin: 0 0 1mm; font-size: 10.5pt; }
    .pack-tile.rag-red { border-color: #d4351c; } .pack-tile.rag-amber { border-color: #f47738; }
    .pack-tile.rag-green { border-color: #00703c; }
    .pack-value { font-size: 18pt; font-weight: bold; margin: 0 0 1mm; }
    .pack-detail { font-size: 9pt; color: #505a5f; margin: 0 0 0.5mm; }
    .pack-commentary { font-size: 9.5pt; margin-top: 1.5mm; padding-top: 1mm; border-top: 1px dotted #b1b4b6; }
    .pack-commentary p { margin-bottom: 1.5mm; }
    .pack-tag { display: inline-block; padding: 0.3mm 1.5mm; font-size: 8.5pt; font-weight: bold; letter-spacing: 0.02em;
      vertical-align: middle; }
    .pack-tag.rag-red { background: #f6d7d2; color: #2a0b06; } .pack-tag.rag-amber { background: #fcd6c3; color: #6e3619; }
    .pack-tag.rag-green { background: #cce2d8; color: #005a30; } .pack-tag.rag-complete { background: #bfc1c3; color: #0b0c0c; }
    .pack-chart { margin: 2mm 0 5mm; break-inside: avoid; }
    .pack-keep { break-inside: avoid; }
    .pack-lead { break-inside: avoid; break-after: avoid; }
    .pack-appendix h2 { border-top-color: #505a5f; }
    .pack-chart svg { max-width: 100%; height: auto; }
    .pack-chart figcaption { font-size: 9pt; color: #505a5f; }
    .pack-chart details { font-size: 9pt; }
    .pack-note { font-size: 9pt; color: #505a5f; }
    .pack ul, .pack ol { margin: 0 0 3mm; padding-left: 6mm; }
    .pack-footer { max-width: 190mm; margin: 0 auto; padding: 4mm 8mm 10mm; font-size: 9pt; color: #505a5f; }
    .pack-screen-only { max-width: 190mm; margin: 0 auto; padding: 4mm 8mm 0; font-size: 10pt; }
    .pack-screen-only a { color: #1d70b8; }
    @media print {
      .pack-screen-only { display: none; }
      body.pack main { padding: 0; max-width: none; }
      .pack-cover + .pack-section { break-before: auto; }
      .pack-section#key-messages, .pack-appendix { break-before: page; }
      .pack-chart details { display: none; }
      .pack-footer { padding: 4mm 0 0; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
