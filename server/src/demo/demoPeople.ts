import type { OrganisationKind } from "../../../shared/schemas/index.ts";
import { accountCreator } from "../commands/accountCreator.ts";
import type { Store, UserRecord } from "../store/index.ts";

/** The password of every demo account: the demo is for trying things, never for real data. */
export const DEMO_PASSWORD = "sukamaju-demo";

/** The demo's organisations, all verified by the administrator. */
export const DEMO_ORGANISATIONS = {
  pemkot: {
    id: "pemkot-sukamaju-bagian-hukum",
    name: "Pemerintah Kota Sukamaju – Bagian Hukum",
    kind: "government",
  },
  lbh: {
    id: "ylbh-sukamaju",
    name: "Yayasan Lembaga Bantuan Hukum Sukamaju",
    kind: "civil_society",
  },
  forum: {
    id: "forum-warga-peduli-pelayanan-publik",
    name: "Forum Warga Peduli Pelayanan Publik",
    kind: "community",
  },
} as const satisfies Record<string, { id: string; name: string; kind: OrganisationKind }>;

type OrganisationKey = keyof typeof DEMO_ORGANISATIONS;

/** One demo account and what it is for. */
interface DemoPerson {
  email: string;
  name: string;
  /** What the account shows off, for the table the demo prints. */
  role: string;
  affiliation: string;
  interests: string;
  organisation?: OrganisationKey;
  isAdmin?: boolean;
}

const NO_INTERESTS = "Tidak ada kepentingan yang perlu dinyatakan.";

/** Everyone in the demo: an administrator, two drafters and two reviewers per organisation. */
export const DEMO_PEOPLE = {
  admin: {
    email: "admin@sukamaju.example",
    name: "Yusuf Hidayat",
    role: "administrator (verifies organisations, moderates)",
    affiliation: "Dinas Komunikasi dan Informatika Kota Sukamaju, pengelola Rembuk",
    interests: NO_INTERESTS,
    isAdmin: true,
  },
  ratna: {
    email: "ratna.kusumawardani@sukamaju.example",
    name: "Ratna Kusumawardani, S.H., M.H.",
    role: "drafter, owner of the draft (Bagian Hukum)",
    affiliation: "Kepala Subbagian Perundang-undangan, Bagian Hukum Sekretariat Daerah",
    interests: "Aparatur sipil negara Pemerintah Kota Sukamaju.",
    organisation: "pemkot",
  },
  dimas: {
    email: "dimas.prasetyo@sukamaju.example",
    name: "Dimas Prasetyo, S.H.",
    role: "drafter (Bagian Hukum)",
    affiliation: "Analis Hukum, Bagian Hukum Sekretariat Daerah",
    interests: "Aparatur sipil negara Pemerintah Kota Sukamaju.",
    organisation: "pemkot",
  },
  maria: {
    email: "maria.siregar@ylbh-sukamaju.example",
    name: "Maria Ulfa Siregar, S.H.",
    role: "reviewer (YLBH Sukamaju)",
    affiliation: "Koordinator Divisi Advokasi Kebijakan, YLBH Sukamaju",
    interests: NO_INTERESTS,
    organisation: "lbh",
  },
  andi: {
    email: "andi.saputra@ylbh-sukamaju.example",
    name: "Andi Saputra, S.H.",
    role: "reviewer (YLBH Sukamaju)",
    affiliation: "Pengacara publik, YLBH Sukamaju",
    interests: NO_INTERESTS,
    organisation: "lbh",
  },
  hendra: {
    email: "hendra.gunawan@forumwarga.example",
    name: "Hendra Gunawan",
    role: "reviewer (Forum Warga)",
    affiliation: "Koordinator Forum Warga Peduli Pelayanan Publik",
    interests: NO_INTERESTS,
    organisation: "forum",
  },
  wahyuni: {
    email: "wahyuni.lestari@forumwarga.example",
    name: "Wahyuni Lestari",
    role: "reviewer (Forum Warga), declares an interest",
    affiliation: "Ketua RW 04 Kelurahan Sukamaju Barat; anggota Forum Warga",
    interests:
      "Pemilik usaha biro jasa pengurusan dokumen kependudukan dan perizinan di Kecamatan Sukamaju Barat.",
    organisation: "forum",
  },
} as const satisfies Record<string, DemoPerson>;

export type DemoPeople = Record<keyof typeof DEMO_PEOPLE, UserRecord>;

/**
 * Creates the administrator, then the organisations (verified by them, as the admin pages do),
 * then everyone else with their profile and membership, at the times `at` gives.
 */
export async function seedPeople(props: {
  store: Store;
  at: (step: "admin" | "organisations" | "people") => Date;
}): Promise<DemoPeople> {
  const { store } = props;
  const people = {} as DemoPeople;
  const create = async (key: keyof typeof DEMO_PEOPLE, now: Date) => {
    const person: DemoPerson = DEMO_PEOPLE[key];
    const user = await accountCreator({
      store,
      email: person.email,
      name: person.name,
      password: DEMO_PASSWORD,
      isAdmin: person.isAdmin,
      organisationId: person.organisation && DEMO_ORGANISATIONS[person.organisation].id,
      now,
    });
    // As the profile page (PATCH /api/me) records them.
    await store.users.updateProfile(user.id, {
      affiliation: person.affiliation,
      interests: person.interests,
    });
    people[key] = { ...user, affiliation: person.affiliation, interests: person.interests };
  };

  await create("admin", props.at("admin"));
  const verifiedAt = props.at("organisations").toISOString();
  for (const organisation of Object.values(DEMO_ORGANISATIONS)) {
    await store.organisations.insert({
      ...organisation,
      verifiedAt,
      verifiedBy: people.admin.id,
      createdAt: verifiedAt,
    });
  }
  const joined = props.at("people");
  for (const key of Object.keys(DEMO_PEOPLE) as (keyof typeof DEMO_PEOPLE)[]) {
    if (key !== "admin") await create(key, joined);
  }
  return people;
}
