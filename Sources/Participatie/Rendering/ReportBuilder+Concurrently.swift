import Dispatch

extension ReportBuilder {
    /// Runs `background` on another thread while `foreground` runs on this one, and returns both
    /// results. The build reads and parses the templates while it reads the process folder: for a small
    /// process, parsing the templates takes as long as everything else.
    static func concurrently<Background: Sendable, Foreground>(
        _ background: @escaping @Sendable () -> Background, _ foreground: () -> Foreground
    ) -> (Background, Foreground) {
        let box = ResultBox<Background>()
        let group = DispatchGroup()
        // Not concurrentPerform: the process reader runs one itself, and a nested one gets no threads.
        DispatchQueue.global().async(group: group) { box.value = background() }
        let foreground = foreground()
        group.wait()
        return (box.value!, foreground)
    }

    /// The fingerprint of the process files (read from `root`) and the templates.
    static func fingerprint(of inputs: [InputFile], in root: String, templates: TemplateLibrary) -> Fingerprint {
        Fingerprint(inputs: inputs.map {
            Fingerprint.Input(folder: .process, path: ReportBuilder.relative($0.path, to: root), bytes: $0.bytes)
        } + templates.files.map { Fingerprint.Input(folder: .templates, path: $0.relativePath, bytes: $0.bytes) })
    }
}

/// Carries a result from the background thread; read only after the thread has finished.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
