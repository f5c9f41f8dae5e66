/**
 * The fictitious customers of the Azure and Business Applications samples: one list, so a customer that
 * appears in both exports has the same tenant id and name in both. Tenant ids are written like the
 * exports write them (lower-case GUIDs); names are made up and have no commas.
 */
import { Rng } from "./prng";

const STEMS = [
  "Adatum",
  "Alpine Ski House",
  "Bellows College",
  "Best For You Organics",
  "Blue Yonder Airlines",
  "City Power & Light",
  "Coho Winery",
  "Consolidated Messenger",
  "Contoso",
  "Fabrikam",
  "First Up Consultants",
  "Fourth Coffee",
  "Graphic Design Institute",
  "Humongous Insurance",
  "Lamna Healthcare",
  "Litware",
  "Lucerne Publishing",
  "Margie's Travel",
  "Munson's Pickles",
  "Nod Publishers",
  "Northwind Traders",
  "Proseware",
  "Relecloud",
  "School of Fine Art",
  "Southridge Video",
  "Tailspin Toys",
  "Tailwind Traders",
  "Trey Research",
  "VanArsdel",
  "Wide World Importers",
  "Wingtip Toys",
  "Woodgrove Bank",
  "Adventure Works",
  "Baldwin Museum of Science",
  "Datum Logistics",
  "Fincher Architects",
  "Greenfield Dairy",
  "Harbor Freight Lines",
  "Ironbridge Engineering",
  "Juniper Clinics",
  "Kestrel Analytics",
  "Lakeshore Foods",
  "Meridian Legal",
  "Northgate Motors",
  "Oakridge Schools",
  "Pinecrest Hotels",
  "Quayside Marine",
  "Redwood Dental",
  "Silverline Couriers",
  "Thornbury Textiles",
  "Upland Orchards",
  "Valleyview Clinic",
  "Westbrook Insurance",
  "Yellowstone Outfitters",
  "Zephyr Wind Farms",
  "Amberley Foods",
  "Brightwater Utilities",
  "Cedar Lane Bakery",
  "Driftwood Studios",
  "Eastgate Pharmacy",
  "Foxglove Gardens",
  "Granite Peak Mining",
  "Hollowell Printing",
  "Inkwell Media",
  "Jasper & Cole",
  "Kingfisher Boats",
  "Larkspur Hotels",
  "Millbrook Farms",
  "Nettlefield Logistics",
  "Orchid Spa",
  "Parkside Vets",
  "Quillon Software",
  "Riverbend Brewing",
  "Stonegate Homes",
  "Tidewater Seafoods",
  "Umbra Lighting",
  "Vantage Optics",
  "Willowby Nurseries",
];
const SUFFIXES = ["Ltd", "Inc.", "GmbH", "S.A.", "B.V.", "Pty Ltd", "AB", "Oy", "S.r.l.", "LLC"];

export interface Customer {
  id: string;
  name: string;
}

/** A tenant id like `3f2a9c1e-…`: 8-4-4-4-12 lower-case hex digits. */
function tenantGuid(rng: Rng): string {
  const h = rng.hex(32).toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Every customer, in a fixed shuffled order: each name stem once, with a legal suffix. */
export function customers(): Customer[] {
  const rng = new Rng(0xc0_57_0e);
  const stems = [...STEMS];
  // Fisher–Yates, so the Azure and Business Applications slices are not alphabetical.
  for (let i = stems.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [stems[i], stems[j]] = [stems[j], stems[i]];
  }
  return stems.map((stem) => ({ id: tenantGuid(rng), name: `${stem} ${rng.pick(SUFFIXES)}` }));
}
