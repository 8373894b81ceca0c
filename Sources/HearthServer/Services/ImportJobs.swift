import Foundation
import Hummingbird

/// Work a user starts with a form and may not want to wait on with a blank screen (an upload of
/// a year of returns takes about 20 s on two cores): it runs on after the request, says which
/// step it is on, and keeps its finished page for its owner to read. Kept in memory for an hour;
/// a restarted server forgets them (the submissions themselves are in the store).
actor ImportJobs {
    struct Finished: Sendable {
        let html: String
        let status: HTTPResponse.Status
    }

    struct Job: Sendable {
        let owner: String
        let title: String
        let steps: [String]
        var current: Int
        var finished: Finished?
        let started: Date
    }

    /// Tells the job page which step the work has reached.
    struct Progress: Sendable {
        fileprivate let jobs: ImportJobs
        fileprivate let id: String

        func step(_ index: Int) async { await jobs.setStep(id, index) }
    }

    private var jobs: [String: Job] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]
    static let keptFor: TimeInterval = 3600

    /// Starts `work` for `owner` and returns the job's id (a random token: it is in a URL).
    func start(owner: String, title: String, steps: [String],
               _ work: @escaping @Sendable (Progress) async -> Finished) -> String {
        forgetOld()
        let id = Token.random()
        jobs[id] = Job(owner: owner, title: title, steps: steps, current: 0, finished: nil, started: Date())
        let progress = Progress(jobs: self, id: id)
        Task {
            let result = await work(progress)
            self.finish(id, result)
        }
        return id
    }

    /// The job, for its owner only.
    func job(_ id: String, owner: String) -> Job? {
        guard let job = jobs[id], job.owner == owner else { return nil }
        return job
    }

    /// Waits up to `limit` for the job to finish: a small upload answers with its result at once.
    func finished(_ id: String, within limit: Duration) async -> Finished? {
        if let done = jobs[id]?.finished { return done }
        guard limit > .zero else { return nil }
        let timer = Task {
            try? await Task.sleep(for: limit)
            self.wake(id)
        }
        await withCheckedContinuation { waiting[id, default: []].append($0) }
        timer.cancel()
        return jobs[id]?.finished
    }

    private func setStep(_ id: String, _ index: Int) {
        jobs[id]?.current = index
    }

    private func finish(_ id: String, _ result: Finished) {
        guard var job = jobs[id] else { return }
        job.finished = result
        job.current = job.steps.count
        jobs[id] = job
        wake(id)
    }

    private func wake(_ id: String) {
        for c in waiting.removeValue(forKey: id) ?? [] { c.resume() }
    }

    private func forgetOld() {
        let cutoff = Date().addingTimeInterval(-Self.keptFor)
        jobs = jobs.filter { $0.value.started > cutoff || $0.value.finished == nil }
    }
}
