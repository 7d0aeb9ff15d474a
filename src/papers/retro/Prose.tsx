/** The RETRO panel's prose: the question, the mechanism, our substitutes, and what browser scale can show. */
import { Tex } from '../../ui/Tex';

export function RetroProse() {
  return (
    <section className="prose" id="question">
      <h2>The question</h2>
      <p>
        Borgeaud et al. ask whether a language model has to store everything it knows in its weights. RETRO keeps a database of
        text, retrieves the passages nearest to what it is reading, and lets the network read them: a 7.5B-parameter RETRO with a
        2-trillion-token database matched models 25 times larger on the Pile. Their baseline of the same decoder went from 0.98 to
        0.82 bits per byte on C4 when given retrieval (172M parameters, Table 14).
      </p>
      <h2 id="mechanism">The mechanism</h2>
      <p>
        A sequence of <Tex>{'n'}</Tex> tokens is cut into chunks <Tex>{'C_1, \\dots, C_l'}</Tex> of <Tex>{'m'}</Tex> tokens
        (paper: <Tex>{'n = 2048, m = 64'}</Tex>). Each chunk is a query to a database of key–value pairs: the key is a frozen
        embedding of a database chunk <Tex>{'N'}</Tex>, the value is <Tex>{'[N, F]'}</Tex>, the chunk and its continuation
        (<Tex>{'r = 2m'}</Tex> tokens). The <Tex>{'k'}</Tex> nearest keys by L2 distance give <Tex>{'\\mathrm{RET}(C_u)'}</Tex>.
        The likelihood stays causal because chunk <Tex>{'u'}</Tex> is predicted only from the neighbours of earlier chunks:
      </p>
      <Tex block>{'\\log p(X) = \\sum_{u=1}^{l} \\sum_{i=1}^{m} \\log p\\big(x_{(u-1)m+i} \\,\\big|\\, x_{<(u-1)m+i},\\ \\mathrm{RET}(C_{u\'}) \\text{ for } u\' < u\\big)'}</Tex>
      <p>
        A small bidirectional encoder reads each neighbour while cross-attending to the activations <Tex>{'H_u'}</Tex> of the
        chunk that retrieved it, giving <Tex>{'E_u'}</Tex>. Every third decoder layer from a starting layer is a RETRO block,
        <Tex>{'\\mathrm{RETRO}(H, E) = \\mathrm{FFW}(\\mathrm{CCA}(\\mathrm{ATTN}(H), E))'}</Tex>.
      </p>
      <details>
        <summary>Chunked cross-attention and why it stays causal</summary>
      <p>
        Chunked cross-attention shifts the sequence by <Tex>{'m - 1'}</Tex>: the attending chunk
      </p>
      <Tex block>{'H_u^{+} = (h_{um + i - 1})_{i = 1..m}, \\qquad \\mathrm{CCA}(H, E)_{um+i-1} = \\mathrm{CA}(h_{um+i-1}, E_u), \\qquad \\mathrm{CA}(h, Y) = \\mathrm{softmax}(Y K Q^{\\top} h)\\, Y V'}</Tex>
      <p>
        holds the last token of chunk <Tex>{'u'}</Tex> and the first <Tex>{'m-1'}</Tex> tokens of chunk <Tex>{'u+1'}</Tex>, so the
        last token of a chunk, whose output predicts the next chunk's first token, is the first to see that chunk's neighbours; the
        first <Tex>{'m - 1'}</Tex> positions see none. A unit test changes the neighbours of one chunk and checks that no prediction
        of that chunk or any earlier one moves.
      </p>
      </details>
      <h2 id="substitutes">Our substitutes</h2>
      <p>
        A character model of a procedural corpus, a frozen n-gram retriever with exact search, a database keyed at every token,
        an aligned position bias in CCA, and a leakage measure by the longest shared run: the details below.
      </p>
      <details>
        <summary>Text and split, frozen retriever, database stride, aligned attention, sizes, leakage</summary>
      <ul>
        <li>
          <strong>Text and split.</strong> A character model of the notebook's procedural corpus, weighted towards documents that
          state facts about a seeded world of people (where they live, their job, their birth year). Each fact recurs in many
          documents. The last 10% of the documents is the evaluation text; the rest is both the training data and the database, as
          in the paper. Evaluation documents are never in the database, so retrieval helps only by finding the same facts stated in
          other documents. When training, neighbours from any document the training window touches are excluded.
        </li>
        <li>
          <strong>Frozen retriever.</strong> Instead of BERT, a chunk's key is a fixed random projection of its bag of character
          n-grams (n = 2 to 4, hashed into a seeded Gaussian table, scaled to unit length). It is drawn from the seed once and never
          trained with the LM. Search is exact: all distances <Tex>{'|q|^2 - 2 q \\cdot x + |x|^2'}</Tex> as one batched matmul on the
          active backend, then top-k.
        </li>
        <li>
          <strong>Database stride.</strong> The paper's entries start every <Tex>{'m'}</Tex> tokens, so the text a neighbour shares
          with its query usually sits at another offset, and the model must learn to find it by content. At browser scale it does
          not: after 100 training steps, a RETRO whose neighbour held the true next chunk at a random offset was no better than one
          given no neighbours (2.83 against 2.84 bits per character), while the same neighbour at the aligned offset brought it to
          2.21. So our database keys a chunk at every token (stride 1, a slider up to <Tex>{'m'}</Tex>),
          and a query keeps the nearest <Tex>{'k'}</Tex> entries that start at least <Tex>{'m'}</Tex> tokens apart (distinct
          passages). The nearest entry then starts where the shared text starts, and its continuation lines up with the chunk being
          predicted. The database has <Tex>{'m'}</Tex> times more keys for the same text.
        </li>
        <li>
          <strong>Aligned attention.</strong> CCA adds a learned logit bias by the query's offset in its attending chunk and the
          key's offset in its neighbour (the positional part of the paper's relative encodings). It starts at zero and is trained
          with 25 times the learning rate of the rest (a slider): Adam moves a parameter by about the learning rate per step, and
          the bias must reach several units before a head locks onto the aligned token.
        </li>
        <li>
          <strong>Sizes.</strong> Chunks of 16 characters, k = 2 neighbours in training, a 1-layer encoder, a 4-layer decoder with CCA
          at layer 2 (every 3rd from 2). The baseline is the same decoder without the RETRO layers, trained on the same batches in the
          same loop. RETRO [Off] is the trained RETRO given no neighbours, so every CCA is the identity.
        </li>
        <li>
          <strong>Leakage.</strong> For an evaluation chunk <Tex>{'C'}</Tex>, <Tex>{'r(C) = s/m'}</Tex> where <Tex>{'s'}</Tex> is the
          longest run of characters <Tex>{'C'}</Tex> shares with the neighbours it is predicted from (those of the previous chunk,
          whose continuations are where a copy would come from). Then
          <Tex>{'\\ \\mathrm{bpc}(\\alpha) = \\sum_{r(C) \\le \\alpha} \\ell(C) \\,/\\, (\\ln 2 \\sum_{r(C) \\le \\alpha} N(C))'}</Tex>,
          for the baseline and RETRO over the same chunks. The first chunk of each window has no neighbours and is left out.
        </li>
      </ul>
      </details>
      <p>
        Things to try: grow the database (section 3), raise k at evaluation, make the world bigger (more people) so the baseline can
        memorise less, or set the share of fact documents to 0 and watch the gain go away.
      </p>
    </section>
  );
}

export function RetroLimits() {
  return (
    <p>
      Our database holds a few hundred thousand characters, not trillions of tokens, and our text is synthetic: facts repeat
      verbatim, so retrieval here is closer to the paper's leaky cases than to C4. What carries over is the machinery (chunking,
      a frozen retriever, exact kNN with same-document exclusion, the causal shift of chunked cross-attention, the encoder
      conditioned on the retrieving chunk) and the direction of the effects: a gain from retrieval at equal decoder size, a model
      that still works without neighbours, a gain that grows with the database, and part of that gain coming from text the
      database holds nearly word for word. Absolute numbers, the size of the gain at scale, and whether RETRO-fitting
      matches training from scratch on a budget of 3% of the tokens are beyond this scale. The paper's encoder has 2 layers with
      relative positions; ours uses learned absolute positions over the r slots. Our database stride of 1 and the fast aligned
      bias make copying easy to learn in a few hundred steps; they also mean our gain leans more on aligned, copyable text than
      the paper's does. Set the stride to m for the paper's layout: with the claims preset's 250 steps we measured 2.071 bits per
      character against the baseline's 2.072, no gain at all, where stride 1 gives 1.935.
    </p>
  );
}
