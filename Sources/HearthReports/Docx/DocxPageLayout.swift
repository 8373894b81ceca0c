/// The page every document is laid out on, in twentieths of a point ("twips"), the unit
/// WordprocessingML measures pages in.
enum DocxPageLayout {
    /// A4 portrait.
    static let pageWidth = 11_906
    static let pageHeight = 16_838
    /// 2 cm on every side.
    static let margin = 1_134
    /// Where the footer sits: 1 cm above the page edge, inside the bottom margin.
    static let footerDistance = 567
    /// Tables span exactly this, and the footer's page number is right-aligned to it.
    static let textWidth = pageWidth - 2 * margin
}
