import Foundation
import Testing

/// Every input that once crashed a fuzz target (`Tests/Fixtures/fuzz/TARGET/`) is replayed
/// through the same target by the `sourced-fuzz` replay tool, which must exit 0.
@Suite struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    static var targets: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()
    }

    @Test(arguments: targets)
    func savedCrashesStayFixed(_ target: String) throws {
        let folder = Self.fixtures.appendingPathComponent(target)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0).path }
        #expect(!files.isEmpty)
        let process = Process()
        process.executableURL = CLI.binary.deletingLastPathComponent().appendingPathComponent("sourced-fuzz")
        process.arguments = [target] + files
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(target): \(process.terminationStatus)")
    }
}
