/// Why a front matter block cannot be used, and where: ``line`` and ``column`` are file positions.
///
/// The Dutch text is ``YAMLWording/message(for:)``.
struct YAMLProblem: Error, Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// libyaml's scanner or parser cannot read the text. `startedOnLine` is the file line where
        /// the construct that failed began, when that is an earlier line; `hint` a tip for a mistake
        /// people make by hand.
        case syntax(problem: LibyamlProblem, startedOnLine: Int?, hint: YAMLHint?)
        /// libyaml's reader refuses a character (a control character, U+FFFE, U+FFFF); `character`
        /// is its code point when libyaml gives one.
        case character(problem: LibyamlProblem, character: UInt32?)
        /// An anchor (`&naam`) or an alias (`*naam`).
        case anchorOrAlias
        /// An explicit tag, shown as written where that is short: `!!str`, `!lokaal`.
        case tag(String)
        /// Collections nested deeper than `limit`.
        case tooDeep(limit: Int)
        /// A key that appears a second time in the same mapping; the position is that second key.
        case duplicateKey(String)
        /// A key that is a sequence or a mapping (`[a]: b`, `? {x: 1}`).
        case collectionKey
        /// A second YAML document (a `--- ` line with content, or a document after `...`).
        /// `firstStartedOnLine` is where the first document began, when that is an earlier line.
        case severalDocuments(firstStartedOnLine: Int?)
    }

    let kind: Kind
    let line: Int
    let column: Int

    init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.line = position.line
        self.column = position.column
    }

    var position: SourcePosition { SourcePosition(line: line, column: column) }
}
