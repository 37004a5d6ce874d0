extension TurnEncoder {
    /// The index keys of this encoder's vectors in each mode: its recipe, with the context length and
    /// the document prefix in force for its model. The one place keys are made for the index.
    public var recipeKeys: [Mode: String] {
        let info = embedder.info
        return [
            .naive: recipe.naiveKey(contextLength: info.contextLength, documentPrefix: info.documentPrefix),
            .late: recipe.lateKey(contextLength: info.contextLength, documentPrefix: info.documentPrefix),
        ]
    }
}
