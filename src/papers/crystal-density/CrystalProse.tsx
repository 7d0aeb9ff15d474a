/** The panel's prose: the question, the mechanism with its equations, what to try, and what browser scale can show. */
import { Tex } from '../../ui/Tex';

const DENSITY = String.raw`\rho(\mathbf x) = \sum_{i} \frac{w_{e_i}}{(2\pi)^{3/2}\sigma_{e_i}^{3}} \exp\!\Big(-\frac{\lVert \mathbf x - \mathbf r_i\rVert^2}{2\sigma_{e_i}^2}\Big)`;
const ELBO = String.raw`\mathcal L(\rho) = \sum_{v} \big(\rho_v - \hat\rho_v(\mathbf z)\big)^2 + \beta\, \mathrm{KL}\big(q(\mathbf z\mid\rho)\,\Vert\,\mathcal N(0, I)\big), \qquad \mathbf z = \boldsymbol\mu + \boldsymbol\sigma \odot \boldsymbol\epsilon`;
const KL = String.raw`\mathrm{KL} = \tfrac12 \sum_{j} \big(\mu_j^2 + \sigma_j^2 - 1 - \log \sigma_j^2\big)`;
const SEG = String.raw`\mathcal L_{\text{seg}} = -\frac{\sum_v \omega_v \log p_\theta(y_v \mid \rho)}{\sum_v \omega_v}, \qquad \omega_v = \begin{cases} 1 & y_v = \text{background} \\ \omega_{\text{atom}} & \text{otherwise} \end{cases}`;

export function CrystalProse() {
  return (
    <>
      <section className="prose" id="question">
        <h2>The question</h2>
        <p>
          Can a generative model of crystals work directly in 3-D space, the way image models work on pixels? Hoffmann and colleagues turn
          each crystal's unit cell into a smooth density on a voxel grid, train a 3-D convolutional variational autoencoder on those grids, and
          turn densities back into atoms with a second network that labels every voxel with its element. A latent space learned this way can
          be sampled and walked through, and every point on the way decodes to something that looks like a density.
        </p>
      </section>
      <section className="prose" id="mechanism">
        <h2>The mechanism</h2>
        <p>
          Every atom becomes a Gaussian whose weight <Tex>{'w_e'}</Tex> grows with the atomic number and whose width <Tex>{'\\sigma_e'}</Tex>{' '}
          grows with the covalent radius, so the grid carries both where the atoms are and which elements they are:
        </p>
        <Tex block>{DENSITY}</Tex>
        <p>
          The encoder (two 3-D convolutions, each followed by ×2 average pooling, and a dense layer) gives the mean and log-variance of a
          Gaussian over the latent code; the decoder (a dense layer to a coarse grid of features, then two rounds of ×2 upsampling and 3-D
          convolution, softplus at the end so densities cannot go negative) maps a code back to a grid. Training minimises the reconstruction
          error plus β times the KL divergence from the prior:
        </p>
        <Tex block>{ELBO}</Tex>
        <Tex block>{KL}</Tex>
        <details>
          <summary>The U-Net and peak finding</summary>
          <p>
            A small U-Net (a full-resolution convolution kept as a skip connection, ×2 average pooling and two convolutions at half
            resolution, upsampling and a per-voxel MLP) labels each voxel as background or an element, trained by cross-entropy in which atom
            voxels weigh more than empty space. It reads the density and its logarithm: near an atom <Tex>{'\\log\\rho'}</Tex> is a parabola
            whose curvature gives <Tex>{'1/\\sigma_e^2'}</Tex> and whose top gives the weight, so the two numbers that tell elements apart are
            close to linear features of the input. Atoms are then the local maxima of the density that the U-Net marks as atom somewhere in
            their 3×3×3 neighbourhood, each given the most common label there:
          </p>
          <Tex block>{SEG}</Tex>
        </details>
        <p>
          Our crystals come from a generator written for this panel: eleven prototypes (rock-salt, CsCl, perovskite, zinc blende, diamond,
          fluorite, fcc, bcc, hcp, wurtzite, rutile) with textbook lattice constants, element substitutions inside each family (NaCl, KCl, MgO,
          LiF, CaO for rock-salt, and so on), random strains of a few percent and uniform random rotations, all from the run's seed.
        </p>
      </section>
      <section className="prose" id="try">
        <h2>What to try</h2>
        <p>
          Drag the iso level and switch on the 2x2x2 repeat (the 3-D view settings under the crystal); watch the reconstruction sharpen while the VAE trains;
          move the interpolation slider from one prototype to another and see the atoms the U-Net extracts change; compare a latent size of 2
          with 32; turn off rotations and see how much easier reconstruction becomes; try the repeating-lattice representation, which the paper
          found harder.
        </p>
      </section>
    </>
  );
}

export function CrystalLimits() {
  return (
    <>
      <p>
        The paper trains on about 50,000 real crystals from materials databases (120k samples with rotations), on 30³ grids over a 10 Å box,
        with a 300-dimensional latent and deep networks with attention gates. Here a few hundred generated cells of eleven prototypes on 16³
        grids train in minutes. That is enough to show most of the mechanism: segmentation that recovers the exact atoms of most cells,
        interpolations that stay valid densities, and reconstructions with less than half the mean density's error (0.46 on the 2-core
        claims run, with a 64-D latent).
      </p>
      <p>
        Of the latent space the paper claims three things (its abstract): random samples decode, two
        crystals can be interpolated, and known crystals can be altered. The claims check the first two: the interpolation, and codes drawn
        from the prior, which count as crystal-like when they decode to a non-negative density whose mass lies within the training cells'
        range, which segments into between one atom and the largest training cell's count, and whose atoms, drawn back as Gaussians,
        explain it as well as the atoms extracted from nine in ten of the VAE's reconstructions of held-out cells explain those (our
        definition and our bar of half the samples; the paper gives no number). That claim needs the KL term to matter: at this panel's
        default weight β = 0.01 only 3 of 32 samples qualify after 1,500 VAE steps (2 after 3,000), because the decoder's outputs away
        from the encoded crystals do not look like sums of atom Gaussians. The claims run trains with β = 0.1 for 4,000 steps, where 21 of
        32 qualify and the reconstructions stay under half the mean's error (0.46). The two pull against each other: at 1,500 steps β =
        0.03 gives 0.50 and 5 of 32, β = 0.1 gives 0.60 and 20 of 32, and β = 1 collapses to the mean density (1.02, 31 of 32); at 3,000
        steps β = 0.05 gives 0.43 and 10 of 32, β = 0.1 gives 0.51 and 25 of 32. The official code weights the KL term by 5 against a
        mean squared error, far more than either of ours.
      </p>
      <p>
        An earlier version of this panel claimed instead that the codes cluster by prototype,
        measured by a k-NN probe; the paper does not claim that, and the probe reaches 2.3x chance at β = 0.01 (2.7x at β = 0.1), short
        of the 3x bar it had, with codes from the encoder after 3 training steps scoring higher (3.2x) than after 1,500: the decoder has
        to redraw every randomly rotated cell, so training spends the code on orientation rather than on the structure type. The probe
        is still measured and printed beside the prior-sample claim.
        It cannot show how well the
        method covers real chemistry (cells of up to 100+ atoms, many more elements), and our Gaussian weights and widths are our own choice,
        not the paper's σ = 1 Å with weight Z, so the element signatures are cleaner than in real electron densities.
      </p>
    </>
  );
}
