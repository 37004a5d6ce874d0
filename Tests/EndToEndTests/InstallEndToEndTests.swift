import Foundation
import Testing
import TestSupport

/// `make install`'s script (scripts/install.sh, which `make install` runs on the release binary) on the
/// built binary into a temporary prefix: the installed program runs from another folder with an empty
/// home and an empty cache, so everything it needs comes from the prefix; the completions load in bash,
/// the man page renders, and uninstall leaves nothing.
@Suite(.serialized)
struct InstallEndToEndTests {
    let root = TestPaths.temporaryDirectory("e2e-install")
    var prefix: URL { root.appendingPathComponent("prefix") }

    func script(_ arguments: String) throws -> CommandResult {
        try BinaryRunner.run([], shell: "bash scripts/install.sh \(arguments)")
    }

    /// The installed program with nothing from this environment: no CHATSEARCH_* variables, an empty
    /// home and cache, run from `dir`.
    func installed(_ arguments: String, in dir: URL, home: URL, cache: URL) throws -> CommandResult {
        try BinaryRunner.run([], shell: "cd '\(dir.path)' && env -i PATH=/usr/bin:/bin HOME='\(home.path)' XDG_CACHE_HOME='\(cache.path)' "
                             + "'\(prefix.path)/bin/chatsearch' \(arguments)")
    }

    func files(under url: URL) -> [String] {
        (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func installedProgramWorksWithAnEmptyHomeAndUninstallLeavesNothing() throws {
        let install = try script("install '\(TestPaths.binary)' '\(prefix.path)'")
        #expect(install.status == 0, "\(install.stderr)")

        let expected = ["bin/chatsearch", "lib/chatsearch/libllama.so.0", "lib/chatsearch/libggml.so.0",
                        "lib/chatsearch/libggml-base.so.0", "lib/chatsearch/libggml-cpu.so.0",
                        "share/chatsearch/models/minilm/all-MiniLM-L6-v2.gguf",
                        "share/bash-completion/completions/chatsearch", "share/zsh/site-functions/_chatsearch",
                        "share/fish/vendor_completions.d/chatsearch.fish", "share/man/man1/chatsearch.1",
                        "share/chatsearch/install-manifest"]
        for file in expected {
            let path = prefix.appendingPathComponent(file).path
            let attributes = try #require(try? FileManager.default.attributesOfItem(atPath: path), "\(file) is not installed")
            #expect(attributes[.type] as? FileAttributeType == .typeRegular, "\(file) is not a regular file (a link into the cache?)")
        }

        // The binary loads the prefix's libraries, through a relative rpath, never the checkout's.
        let binary = prefix.appendingPathComponent("bin/chatsearch").path
        let rpath = try BinaryRunner.run([], shell: "patchelf --print-rpath '\(binary)'")
        #expect(rpath.stdout.hasPrefix("$ORIGIN/../lib/chatsearch"), "\(rpath.stdout)")
        #expect(!rpath.stdout.contains(TestPaths.packageRoot.path) && !rpath.stdout.contains(".deps"), "\(rpath.stdout)")
        let ldd = try BinaryRunner.run([], shell: "env -i PATH=/usr/bin:/bin ldd '\(binary)'")
        let llama = ldd.lines.first { $0.contains("libllama") } ?? ""
        #expect(llama.contains("=> \(prefix.path)/bin/../lib/chatsearch/libllama.so.0 "), "\(ldd.stdout)")
        #expect(!ldd.stdout.contains("not found"), "\(ldd.stdout)")

        // A search from another folder, for a user with a fresh, empty home and cache.
        let elsewhere = root.appendingPathComponent("elsewhere"), home = root.appendingPathComponent("home"),
            cache = root.appendingPathComponent("cache")
        let chats = elsewhere.appendingPathComponent("SampleData-copy")
        for dir in [chats, home, cache] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        for file in ["dinner-plans.json", "portugal-trip.json"] {
            try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("SampleData/\(file)"),
                                             to: chats.appendingPathComponent(file))
        }
        let search = try installed("search SampleData-copy -q 'Where shall we go for the birthday dinner?' --top 1 --mode hybrid --format tsv",
                                   in: elsewhere, home: home, cache: cache)
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.lines.count == 2, "\(search.stdout)")
        #expect(search.lines.last?.contains("dinner-plans") == true, "\(search.stdout)")
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("chatsearch/index.sqlite").path),
                "the default index is not in the empty cache: \(files(under: root))")

        let version = try installed("--version", in: elsewhere, home: home, cache: cache)
        #expect(version.status == 0, "\(version.stderr)")
        #expect(version.lines.first == "chatsearch 0.1.0", "\(version.stdout)")
        #expect(version.stdout.contains("llama.cpp "), "\(version.stdout)")
        #expect(version.stdout.contains("default model: minilm (all-MiniLM-L6-v2, \(prefix.path)/share/chatsearch/models/minilm/"),
                "\(version.stdout)")

        // Completions: bash parses the script, and sourcing it registers chatsearch's completion.
        let bashScript = prefix.appendingPathComponent("share/bash-completion/completions/chatsearch").path
        #expect(try BinaryRunner.run([], shell: "bash -n '\(bashScript)'").status == 0)
        let complete = try BinaryRunner.run([], shell: "bash -c \"source '\(bashScript)' && complete -p chatsearch\"")
        #expect(complete.status == 0 && complete.stdout.contains("chatsearch"), "\(complete.stdout)\(complete.stderr)")
        for shell in ["share/zsh/site-functions/_chatsearch", "share/fish/vendor_completions.d/chatsearch.fish"] {
            let text = try String(contentsOf: prefix.appendingPathComponent(shell), encoding: .utf8)
            #expect(text.contains("search") && text.contains("late-context"), "\(shell)")
        }

        // The man page renders without a warning and names every subcommand and the exit statuses.
        let man = try BinaryRunner.run([], shell: "MANWIDTH=100 man --warnings -l '\(prefix.path)/share/man/man1/chatsearch.1' | col -b")
        #expect(man.status == 0, "\(man.stderr)")
        #expect(man.stderr.isEmpty, "\(man.stderr)")
        for word in ["NAME", "SYNOPSIS", "COMMANDS", "EXIT STATUS", "--late-context", "search", "eval", "models", "66"] {
            #expect(man.stdout.contains(word), "the man page has no \(word)")
        }

        let uninstall = try script("uninstall '\(prefix.path)'")
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(files(under: prefix).isEmpty, "left after uninstall: \(files(under: prefix))")
        #expect(FileManager.default.fileExists(atPath: chats.appendingPathComponent("dinner-plans.json").path))
        try? FileManager.default.removeItem(at: root)
    }

    /// With DESTDIR the files go to DESTDIR/PREFIX and the manifest names them relative to it, so
    /// uninstall with the same DESTDIR removes them all; a file of someone else's in a shared folder stays.
    @Test func destdirStagesTheInstallAndUninstallKeepsOtherFiles() throws {
        let stage = root.appendingPathComponent("stage")
        let shared = stage.appendingPathComponent("opt/cs/share/man/man1")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try "other".write(to: shared.appendingPathComponent("other.1"), atomically: true, encoding: .utf8)
        let install = try script("install '\(TestPaths.binary)' /opt/cs '\(stage.path)'")
        #expect(install.status == 0, "\(install.stderr)")
        #expect(FileManager.default.fileExists(atPath: stage.appendingPathComponent("opt/cs/bin/chatsearch").path))
        let manifest = try String(contentsOf: stage.appendingPathComponent("opt/cs/share/chatsearch/install-manifest"), encoding: .utf8)
        #expect(manifest.contains("file bin/chatsearch\n") && !manifest.contains(stage.path), "\(manifest)")
        #expect(!manifest.contains("dir share/man/man1\n"), "a folder that existed before is not the install's: \(manifest)")

        let uninstall = try script("uninstall /opt/cs '\(stage.path)'")
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(files(under: stage) == ["opt", "opt/cs", "opt/cs/share", "opt/cs/share/man", "opt/cs/share/man/man1",
                                        "opt/cs/share/man/man1/other.1"])
        try? FileManager.default.removeItem(at: root)
    }
}
