import Testing
@testable import ChatSearchCore

struct LateChunkingTests {
    @Test func spansAreContiguousCoverEveryTokenAndHoldSpecialTokens() {
        let turns: [[Int32]] = [[10, 11], [20], [30, 31, 32]]
        let plan = LateChunking.plan(turnTokens: turns, start: [101], prefix: [7, 8], end: [102])
        #expect(plan.tokens == [101, 7, 8, 10, 11, 20, 30, 31, 32, 102])
        #expect(plan.spans == [0..<5, 5..<6, 6..<10])
        #expect(plan.spans.first!.lowerBound == 0)
        #expect(plan.spans.last!.upperBound == plan.tokens.count)
        for (a, b) in zip(plan.spans, plan.spans.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    }

    @Test func singleTurnTakesCLSAndSEP() {
        let plan = LateChunking.plan(turnTokens: [[5, 6]], start: [101], prefix: [], end: [102])
        #expect(plan.spans == [0..<4])
    }

    @Test func modelsWithoutSpecialTokensStillCover() {
        let plan = LateChunking.plan(turnTokens: [[1], [2, 3]], start: [], prefix: [], end: [])
        #expect(plan.spans == [0..<1, 1..<3])
    }

    @Test func shortSequenceIsOneWindow() {
        #expect(LateChunking.windows(length: 300, maxTokens: 512, overlap: 128) == [.init(range: 0..<300, keep: 0..<300)])
        #expect(LateChunking.windows(length: 512, maxTokens: 512, overlap: 128).count == 1)
    }

    @Test func windowEdgesFallWhereTheyShould() {
        let w = LateChunking.windows(length: 1200, maxTokens: 512, overlap: 128)
        #expect(w.map(\.range) == [0..<512, 384..<896, 768..<1200])
        #expect(w.map(\.keep) == [0..<512, 512..<896, 896..<1200])
    }

    @Test func everyPositionIsKeptExactlyOnceAndWindowsFit() {
        for length in [1, 2, 511, 512, 513, 1000, 1537, 4096, 10_001] {
            for (maxTokens, overlap) in [(512, 128), (512, 0), (8, 3), (16, 100), (2, 1)] {
                let ws = LateChunking.windows(length: length, maxTokens: maxTokens, overlap: overlap)
                var seen = [Int](repeating: 0, count: length)
                for w in ws {
                    #expect(w.range.count <= maxTokens)
                    #expect(w.keep.lowerBound >= w.range.lowerBound && w.keep.upperBound <= w.range.upperBound)
                    for p in w.keep { seen[p] += 1 }
                }
                #expect(seen.allSatisfy { $0 == 1 }, "length \(length) max \(maxTokens) overlap \(overlap)")
                #expect(ws.first!.range.lowerBound == 0 && ws.last!.range.upperBound == length)
            }
        }
    }

    @Test func overlapDropsTheFirstOverlapTokensOfLaterWindows() {
        let w = LateChunking.windows(length: 20, maxTokens: 8, overlap: 3)
        for (prev, cur) in zip(w, w.dropFirst()) {
            #expect(cur.range.lowerBound == prev.range.upperBound - 3)
            #expect(cur.keep.lowerBound == cur.range.lowerBound + 3)
        }
    }

    @Test func poolingMeansSpansAndNormalises() {
        // Three positions, dimension 2: span 0 = rows 0,1; span 1 = row 2.
        let emb = TokenEmbeddings(count: 3, dimensions: 2, values: [1, 0, 3, 0, 0, 5])
        var pooler = SpanPooler(spans: [0..<2, 2..<3], length: 3, dimensions: 2)
        pooler.add(emb, rowOffset: 0, positions: 0..<3)
        let v = pooler.vectors()
        #expect(v[0] == [1, 0])
        #expect(v[1] == [0, 1])
    }

    @Test func poolingAcrossWindowsUsesOnlyKeptRows() {
        // A span covering positions 0..<4 fed by two windows: [0,3) and [2,4) keeping [3,4).
        var pooler = SpanPooler(spans: [0..<4], length: 4, dimensions: 1)
        pooler.add(TokenEmbeddings(count: 3, dimensions: 1, values: [1, 1, 1]), rowOffset: 0, positions: 0..<3)
        pooler.add(TokenEmbeddings(count: 2, dimensions: 1, values: [100, 1]), rowOffset: 2, positions: 3..<4)
        #expect(pooler.vectors()[0] == [1])
    }

    @Test func sessionsGroupContiguousLabels() {
        let c = Conversation(id: "c", turns: [
            Turn(id: "1", text: "a", session: "s1"), Turn(id: "2", text: "b", session: "s1"),
            Turn(id: "3", text: "c", session: "s2"), Turn(id: "4", text: "d", session: nil),
        ])
        #expect(TurnEncoder.sessions(c) == [[0, 1], [2], [3]])
        let plain = Conversation(id: "p", turns: [Turn(id: "1", text: "a"), Turn(id: "2", text: "b")])
        #expect(TurnEncoder.sessions(plain) == [[0, 1]])
    }

    @Test func lateContextParses() {
        #expect(LateContext(parsing: "session") == .session)
        #expect(LateContext(parsing: "conversation") == .conversation)
        #expect(LateContext(parsing: "window:2") == .window(2))
        #expect(LateContext(parsing: "window:") == nil)
        #expect(LateContext(parsing: "window:-1") == nil)
        #expect(LateContext(parsing: "bogus") == nil)
        #expect(LateContext(parsing: "block:4:2") == .block(size: 4, context: 2, contextTokens: LateContext.defaultBlockContextTokens))
        #expect(LateContext(parsing: "block:4:2:64") == .block(size: 4, context: 2, contextTokens: 64))
        for bad in ["block:0:2", "block:4", "block:4:-1", "block:4:2:", "block:4:2:64:1", "window:2:1", "session:1", "block:x:2"] {
            #expect(LateContext(parsing: bad) == nil, "\(bad)")
        }
        #expect(LateContext(parsing: "tokens:128:32") == .tokens(block: 128, context: 32))
        for bad in ["tokens:0:32", "tokens:128", "tokens:128:-1", "tokens:128:32:1"] { #expect(LateContext(parsing: bad) == nil, "\(bad)") }
        for ctx in [LateContext.session, .conversation, .window(3), .block(size: 6, context: 2, contextTokens: 96), .tokens(block: 96, context: 48)] {
            #expect(LateContext(parsing: ctx.description) == ctx)
        }
    }

    @Test func blocksCoverEveryTurnOnceWithContextCappedInTurnsAndTokens() {
        let turns: [[Int32]] = [[1, 2, 3, 4, 5, 6], [7], [8, 9, 10, 11, 12, 13], [14], [15, 16]]
        let b = LateChunking.blocks(turnTokens: turns, size: 2, context: 1, contextTokens: 2, room: 100)
        #expect(b.map(\.turns) == [0..<2, 2..<4, 4..<5])
        #expect(b[0].before == [] && b[0].after == [8, 9])          // the first tokens of the next turn
        #expect(b[1].before == [7] && b[1].after == [15, 16])       // one turn of context, not two
        #expect(b[2].before == [14] && b[2].after == [])
        let wide = LateChunking.blocks(turnTokens: turns, size: 1, context: 2, contextTokens: 3, room: 100)
        #expect(wide[2].before == [5, 6, 7] && wide[2].after == [14, 15, 16])  // two turns, cut to the nearest 3 tokens
    }

    @Test func blocksCloseEarlyToLeaveRoomForContextAndLongTurnsGoAlone() {
        let turns: [[Int32]] = [[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], [4]]
        // room 10, 2 context tokens a side: a block's own turns take at most 6 tokens.
        let b = LateChunking.blocks(turnTokens: turns, size: 4, context: 1, contextTokens: 2, room: 10)
        #expect(b.map(\.turns) == [0..<1, 1..<2, 2..<3, 3..<4])
        #expect(b[0].after == [2, 2] && b[1].before == [1, 1] && b[1].after == [3, 3])
        #expect(b[2].before.isEmpty && b[2].after.isEmpty)           // 12 tokens: longer than the room
        #expect(b[3].before == [3, 3] && b[3].after.isEmpty)
        // Context never takes more than a quarter of the room a side, whatever the cap.
        let quarter = LateChunking.blocks(turnTokens: [[1, 1], [2, 2, 2, 2, 2, 2], [3]], size: 1, context: 1, contextTokens: 100, room: 12)
        #expect(quarter[0].after == [2, 2, 2] && quarter[2].before == [2, 2, 2])
        for blocks in [b, LateChunking.blocks(turnTokens: turns, size: 3, context: 0, contextTokens: 0, room: 10)] {
            #expect(blocks.flatMap { Array($0.turns) } == Array(turns.indices))
        }
    }

    /// `tokens:B:C`: turns gathered while the block's own tokens stay within B, context from as many
    /// neighbouring turns as C tokens reach.
    @Test func blocksSizedInTokensGatherShortTurnsAndTakeContextAcrossTurns() {
        let turns: [[Int32]] = [[1, 1], [2, 2], [3, 3], [4, 4, 4, 4, 4, 4, 4], [5], [6], [7]]
        let n = turns.count
        let b = LateChunking.blocks(turnTokens: turns, size: n, context: n, contextTokens: 3, room: 100, blockTokens: 5)
        #expect(b.map(\.turns) == [0..<2, 2..<3, 3..<4, 4..<7])     // 4 tokens; 2 (+7 would pass 5); 7 alone; 3
        #expect(b[0].before.isEmpty && b[0].after == [3, 3, 4])
        #expect(b[1].before == [1, 2, 2] && b[1].after == [4, 4, 4])  // three tokens across two turns
        #expect(b[3].before == [4, 4, 4] && b[3].after.isEmpty)
        #expect(b.flatMap { Array($0.turns) } == Array(turns.indices))
    }

    @Test func blockPlanPoolsOnlyItsOwnTurns() {
        let turns: [[Int32]] = [[10, 11], [20], [30, 31], [40]]
        let middle = LateChunking.Block(turns: 1..<3, before: [11], after: [40])
        let p = LateChunking.plan(block: middle, turnTokens: turns, start: [101], prefix: [7], end: [102])
        #expect(p.tokens == [101, 7, 11, 20, 30, 31, 40, 102])
        #expect(p.spans == [3..<4, 4..<6])                           // context, [CLS], prefix and [SEP] not pooled
        let edge = LateChunking.Block(turns: 0..<2, before: [], after: [])
        let q = LateChunking.plan(block: edge, turnTokens: turns, start: [101], prefix: [7], end: [102])
        #expect(q.tokens == [101, 7, 10, 11, 20, 102])
        #expect(q.spans == [0..<4, 4..<6])                           // no context: specials pooled as in `plan`
    }

    @Test func turnTextStyles() {
        let t = Turn(id: "1", speaker: "Sita", time: "8 May 2023", text: "Hi")
        #expect(TurnTextStyle.plain.text(of: t) == "Hi")
        #expect(TurnTextStyle.speaker.text(of: t) == "Sita: Hi")
        #expect(TurnTextStyle.timeSpeaker.text(of: t) == "[8 May 2023] Sita: Hi")
        #expect(TurnTextStyle.speaker.text(of: Turn(id: "2", text: "x")) == "x")
    }

    @Test func recipeKeysChangeWithEveryPart() {
        let a = EmbeddingRecipe(turnText: .speaker, lateContext: .session)
        let b = EmbeddingRecipe(turnText: .speaker, lateContext: .window(2))
        let c = EmbeddingRecipe(turnText: .plain, lateContext: .session)
        #expect(a.lateKey(contextLength: 512) != b.lateKey(contextLength: 512))
        #expect(a.naiveKey(contextLength: 512) == b.naiveKey(contextLength: 512))
        #expect(a.naiveKey(contextLength: 512) != c.naiveKey(contextLength: 512))
        let blocks = [LateContext.block(size: 4, context: 2, contextTokens: 128), .block(size: 5, context: 2, contextTokens: 128),
                      .block(size: 4, context: 1, contextTokens: 128), .block(size: 4, context: 2, contextTokens: 64)]
        let keys = Set((blocks + [.window(2)]).map { EmbeddingRecipe(lateContext: $0).lateKey(contextLength: 512) })
        #expect(keys.count == 5)
        #expect(EmbeddingRecipe(lateContext: .window(2)).lateKey(contextLength: 512).contains("context=window:2;"))
        #expect(EmbeddingRecipe(lateContext: blocks[0]).lateKey(contextLength: 512).contains("context=block:4:2:128;"))
    }
}
