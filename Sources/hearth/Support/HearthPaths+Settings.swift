import HearthApplication

extension HearthPaths {
    /// The data folder a command uses: its `--data-dir`, else `HEARTH_DATA_DIR`, else ./hearth-data.
    static func of(_ flag: String?) throws -> HearthPaths {
        HearthPaths(dataDir: flag, settings: try HearthSettings.process())
    }
}
