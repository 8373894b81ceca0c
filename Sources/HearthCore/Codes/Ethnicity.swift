/// DfE ethnicity codes shared by the CIN census, SSDA903 and Annex A.
public enum Ethnicity {
    public static let codes = CodeList("Ethnicity", [
        ("WBRI", "White British"), ("WIRI", "White Irish"), ("WIRT", "Traveller of Irish heritage"),
        ("WOTH", "Any other White background"), ("WROM", "Gypsy / Roma"),
        ("MWBC", "White and Black Caribbean"), ("MWBA", "White and Black African"), ("MWAS", "White and Asian"),
        ("MOTH", "Any other mixed background"), ("AIND", "Indian"), ("APKN", "Pakistani"),
        ("ABAN", "Bangladeshi"), ("AOTH", "Any other Asian background"), ("BCRB", "Caribbean"),
        ("BAFR", "African"), ("BOTH", "Any other Black background"), ("CHNE", "Chinese"),
        ("OOTH", "Any other ethnic group"), ("REFU", "Refused"), ("NOBT", "Information not yet obtained"),
    ])
}
