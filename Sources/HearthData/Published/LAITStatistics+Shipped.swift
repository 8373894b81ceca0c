import Foundation

extension LAITStatistics {
    /// The cut of LAIT shipped in the package resources (`published/lait`).
    public static func shipped() throws(PublishedStatisticsError) -> LAITStatistics {
        func url(_ name: String) throws(PublishedStatisticsError) -> URL {
            guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "published/lait") else {
                throw .missingResource(name + ".csv")
            }
            return url
        }
        let long = try url("lait_csc_long"), dictionary = try url("lait_csc_data_dictionary")
        do {
            return try LAITStatistics(long: CSVReader(url: long), dictionary: CSVReader(url: dictionary))
        } catch let e as PublishedStatisticsError {
            throw e
        } catch let e as CSVError {
            throw .unreadable(file: "published/lait", e)
        } catch {
            throw .noData(file: "published/lait", what: "its tables")
        }
    }

    /// The shipped cut, read once for the process; empty only if the package was built without
    /// its resources, so a benchmarker can be made where nothing may throw (the indicators then
    /// say DfE's figure is not loaded rather than showing a wrong one).
    public static let shippedOrEmpty: LAITStatistics = (try? shipped()) ?? .empty
}
