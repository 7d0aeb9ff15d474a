/** The panel's prose: the question, the mechanism with its equations, what to try, and the limits of browser scale. */
import { Tex } from '../../ui/Tex';

const GENERATIVE = String.raw`p(c \mid w) = \sum_{z=1}^{K} p(z \mid w)\, p(c \mid z), \qquad p(z \mid w) = \frac{\exp(\psi_z^\top \phi_w)}{\sum_{k} \exp(\psi_k^\top \phi_w)}, \qquad p(c \mid z) = \frac{\exp(\varphi_c^\top \psi_z)}{\sum_{c'} \exp(\varphi_{c'}^\top \psi_z)}`;
const POSTERIOR = String.raw`q(z \mid w, c) = \frac{\exp\big(\psi_z^\top (\phi_w \odot \phi_c)\big)}{\sum_k \exp\big(\psi_k^\top (\phi_w \odot \phi_c)\big)}`;
const ELBO = String.raw`\log p(c \mid w) \;\ge\; \mathbb{E}_{q(z \mid w, c)}\big[\log p(c \mid z)\big] - \mathrm{KL}\big(q(z \mid w, c) \,\|\, p(z \mid w)\big)`;
const REG = String.raw`\mathcal{L}_{\text{reg}} = \lambda \sum_{(w, c) \in E} \alpha_{w,c}\, \big\| p(z \mid w) - p(z \mid c) \big\|^2, \qquad \alpha_{w,c} = \frac{|N(w) \cap N(c)|}{|N(w) \cup N(c)|}`;

export function VGraphProse() {
  return (
    <>
    <section className="prose" id="question">
      <h2>The question</h2>
      <p>
        Community detection and node embedding are usually separate jobs: one groups nodes, the other places them in a
        vector space. Sun et al. ask whether one probabilistic model can do both, so that each helps the other, and
        whether that model can express a node belonging to several communities at once.
      </p>
    </section>
    <section className="prose" id="mechanism">
      <h2>The mechanism</h2>
      <p>
        vGraph treats every edge <Tex>{'(w, c)'}</Tex> as generated in two steps: node <Tex>{'w'}</Tex> picks a community{' '}
        <Tex>{'z'}</Tex> from its own mixture, and the community picks the neighbour <Tex>{'c'}</Tex>. Nodes have
        embeddings <Tex>{String.raw`\phi`}</Tex>, communities <Tex>{String.raw`\psi`}</Tex>, and neighbours are scored by
        context embeddings <Tex>{String.raw`\varphi`}</Tex>:
      </p>
      <Tex block>{GENERATIVE}</Tex>
      <p>
        The community of an observed edge is inferred by a posterior that looks at both ends through the element-wise
        product of their embeddings, and training maximises the evidence lower bound, with <Tex>{'z'}</Tex> sampled by a
        straight-through Gumbel-softmax whose temperature is annealed from 1 towards 0.3 (towards 0.1, and ten times as
        often, in the code's overlapping script, which also decays the learning rate):
      </p>
      <Tex block>{POSTERIOR}</Tex>
      <Tex block>{ELBO}</Tex>
      <details>
      <summary>vGraph+: the smoothness regulariser</summary>
      <p>
        vGraph+ adds a smoothness term that pulls the community mixtures of linked nodes together, weighted by how many
        neighbours they share (the paper's form; the official code instead compares the summed edge posteriors of the two
        ends, and this panel offers both):
      </p>
      <Tex block>{REG}</Tex>
      </details>
      <p>
        A node's community is the argmax of the posteriors summed over its edges; for overlapping communities each edge
        picks its most likely community and both ends join it, so a node joins as many communities as its edges point to.
        That rule has a price: an edge between two communities makes one of its ends join a community it does not belong
        to, so overlap pays off only where nodes' second memberships outnumber such edges.
      </p>
    </section>
    <section className="prose" id="try">
      <h2>What to try</h2>
      <p>
        Before running, the graph is drawn coloured by its ground truth (the karate club's two historical factions, or the
        planted blocks). Run the karate club and switch the colouring between vGraph, the two factions and Louvain. Raise λ and
        watch the smoothness term and the edges that cross communities; on the karate club the code's λ = 0.1 overwhelms
        the likelihood (its term grows with the square of node degrees). Try the planted partitions and lower
        p_in / p_out until the blocks dissolve, or turn on overlap and look for pie-chart nodes. Load your own edge list
        (Graph: your edge list).
      </p>
    </section>
    </>
  );
}

export function VGraphLimits() {
  return (
    <>
      <p>
        The paper evaluates on Facebook ego networks, Youtube, Amazon, DBLP, Coauthor-CS, Cora, Citeseer and WebKB, up to
        hundreds of thousands of nodes; none of those are shipped here, and nothing is downloaded. The karate club and
        planted partitions of a few hundred nodes can show the mechanism working: recovering factions or blocks, overlap
        that a partition cannot express, the effect of the regulariser. They cannot reproduce Tables 2 and 3 or say how
        vGraph ranks against BigCLAM, CESNA, ComE and the rest. Full-batch training with a softmax over all nodes limits
        graphs here to a few thousand nodes.
      </p>
      <p>
        The overlapping preset keeps edges between blocks rare (p_in / p_out = 60): at p_out = 0.01 its graph has more
        such edges than second memberships, and even a read-out that got every edge right would score a lower F1 than the
        best partition, so no training could show the claim there (the claim prints both references for its graph). It
        trains 1001 of the code's 5001 epochs to keep the claims within minutes. The paper's evidence for vGraph+ is
        Table 2, vGraph+ against vGraph in F1 and Jaccard, and the claim compares exactly that, averaged over five seeds
        as the paper averages five runs; on the karate club both arms land on one of a few splits that differ by a node
        or two, so the difference between them is a matter of a seed or two. With the paper's own form and λ = 100 (the
        paper-like preset) the regulariser, averaged over edges as the rest of the loss is, swamps the likelihood on the
        overlapping graph and the run finds no communities (modularity near zero); the paper does not say how its terms
        are scaled against each other.
      </p>
      <p className="hint">
        Sun, Qu, Hoffmann, Huang and Tang (2019), vGraph: A Generative Model for Joint Community Detection and Node
        Representation Learning, NeurIPS 2019, arXiv:1906.07159.
      </p>
    </>
  );
}
