/** Each panel's link schema and presets, for e2e tests that build links in Node (loading a whole paper here would pull in tfjs). */
import type { Presets } from '../src/core/params/presets';
import type { ParamsOf, Schema } from '../src/core/params/schema';
import { algebraSchema } from '../src/papers/algebranets/params';
import { algebraPresets } from '../src/papers/algebranets/presets';
import { chinchillaSchema } from '../src/papers/chinchilla/params';
import { chinchillaPresets } from '../src/papers/chinchilla/presets';
import { crystalSchema } from '../src/papers/crystal-density/params';
import { crystalPresets } from '../src/papers/crystal-density/presets';
import { gopherSchema } from '../src/papers/gopher/params';
import { gopherPresets } from '../src/papers/gopher/presets';
import { infographSchema } from '../src/papers/infograph/params';
import { infographPresets } from '../src/papers/infograph/presets';
import { retroSchema } from '../src/papers/retro/params';
import { retroPresets } from '../src/papers/retro/presets';
import { rimsSchema } from '../src/papers/rims/params';
import { rimsPresets } from '../src/papers/rims/presets';
import { routedSchema } from '../src/papers/routed-scaling/params';
import { routedPresets } from '../src/papers/routed-scaling/presets';
import { teacherSchema } from '../src/papers/teacher-mompo/params';
import { teacherPresets } from '../src/papers/teacher-mompo/presets';
import { vgraphSchema } from '../src/papers/vgraph/params';
import { vgraphPresets } from '../src/papers/vgraph/presets';

export interface PanelLink {
  schema: Schema;
  presets: Presets<ParamsOf<Schema>>;
}

export const PANEL_LINKS: Record<string, PanelLink> = {
  'algebranets': { schema: algebraSchema, presets: algebraPresets },
  'chinchilla': { schema: chinchillaSchema, presets: chinchillaPresets },
  'crystal-density': { schema: crystalSchema, presets: crystalPresets },
  'gopher': { schema: gopherSchema, presets: gopherPresets },
  'infograph': { schema: infographSchema, presets: infographPresets },
  'retro': { schema: retroSchema, presets: retroPresets },
  'rims': { schema: rimsSchema, presets: rimsPresets },
  'routed-scaling': { schema: routedSchema, presets: routedPresets },
  'teacher-mompo': { schema: teacherSchema, presets: teacherPresets },
  'vgraph': { schema: vgraphSchema, presets: vgraphPresets },
};
