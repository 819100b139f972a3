/**
 * Northshire's Start for Life offer: every category (the five the proposed legislation requires,
 * the funded strands and SEND), the five universal health visiting contacts, and Polish titles
 * (item summaries stay English so the missing-translation check has something to report).
 *
 * It stays a Start for Life offer for pregnancy to age 2 (`ageSpan: 'toTwo'`, said outright so the
 * seeded space shows editors the choice): the demo pages, their fallback text and the printed
 * handout's page budget are written for it. A Healthy Babies offer to age 5 is in the tests.
 */
import type { Entity, OfferCategory } from '@family-hubs/content';
import { sample, type AnySampleEntry, type SampleEntry } from '../space.js';
import { a, b, doc, p, ul } from '../rich-text.js';
import type { Translations } from '../to-export.js';
import { HUB } from './places.js';
import { SVC } from './services.js';

type ItemSpec = Omit<Entity<'startForLifeItem'>, 'contentType'> & { readonly pl: string };

interface SectionSpec {
  readonly category: OfferCategory;
  readonly title: string;
  readonly pl: string;
  readonly intro?: string;
  readonly items: readonly ItemSpec[];
}

const ALL_HUBS = [HUB.central, HUB.riverside, HUB.millbrook, HUB.eastfield, HUB.oakley];

const sections: SectionSpec[] = [
  {
    category: 'maternity',
    title: 'Pregnancy and birth',
    pl: 'Ciąża i poród',
    intro: 'Your midwife will look after you and your baby during pregnancy, birth and the first weeks.',
    items: [
      {
        id: 'sfl-item-midwife',
        title: 'Your midwife and maternity care',
        pl: 'Twoja położna i opieka w ciąży',
        summary: doc('Tell us you are pregnant as early as you can. You will have appointments with a community midwife throughout your pregnancy and after your baby is born.'),
        stages: ['pregnancy'],
        whoItIsFor: 'Everyone who is pregnant',
        access: ['selfRefer', 'online', 'phone'],
        accessNote: 'Refer yourself online or by phone, ideally before you are 10 weeks pregnant. You do not need to see your GP first.',
        accessUrl: 'https://www.northshire-hospitals.example/maternity/self-referral',
        accessPhone: '0161 496 0200',
        services: [SVC.midwife],
        languages: ['en', 'ur', 'bn', 'pl', 'ar'],
        formats: ['inPerson', 'telephone'],
      },
      {
        id: 'sfl-item-antenatal-classes',
        title: 'Antenatal classes',
        pl: 'Szkoła rodzenia',
        summary: doc('Free classes for you and your birth partner about labour, birth, feeding and caring for a newborn. Choose evening classes at a Family Hub or online.'),
        stages: ['pregnancy'],
        whoItIsFor: 'Parents-to-be from about 28 weeks of pregnancy',
        access: ['booking', 'online'],
        accessNote: 'Your midwife will tell you how to book, or book online.',
        accessUrl: 'https://www.northshire-hospitals.example/maternity/classes',
        services: [SVC.antenatalClasses],
        hubs: [HUB.central],
        formats: ['inPerson', 'online'],
      },
      {
        id: 'sfl-item-stop-smoking-pregnancy',
        title: 'Stopping smoking in pregnancy',
        pl: 'Rzucanie palenia w ciąży',
        summary: doc('Stopping smoking is one of the best things you can do for your baby. Get free, friendly support and stop smoking aids. Partners are welcome too.'),
        stages: ['pregnancy'],
        access: ['selfRefer', 'phone', 'referral'],
        accessNote: 'Your midwife can refer you, or call us yourself.',
        accessPhone: '0161 496 0210',
        services: [SVC.stopSmoking],
        formats: ['inPerson', 'telephone'],
      },
    ],
  },
  {
    category: 'healthVisiting',
    title: 'Health visiting',
    pl: 'Wizyty pielęgniarki środowiskowej',
    intro: 'Health visitors are nurses or midwives with extra training. They contact every family five times before your child turns 2½.',
    items: [
      {
        id: 'sfl-item-hv-antenatal',
        title: 'Antenatal contact with your health visitor',
        pl: 'Wizyta pielęgniarki środowiskowej w ciąży',
        summary: doc('Your health visitor will meet you before your baby is born to talk about becoming a parent, feeding and how you are feeling.'),
        stages: ['pregnancy'],
        access: ['automatic'],
        accessNote: 'Your health visitor will contact you from about 28 weeks of pregnancy.',
        services: [SVC.healthVisiting],
        formats: ['homeVisit', 'inPerson'],
      },
      {
        id: 'sfl-item-hv-new-birth',
        title: 'New birth visit',
        pl: 'Wizyta po narodzinach dziecka',
        summary: doc('A health visitor visits you at home when your baby is 10 to 14 days old to check how you are both doing, and to talk about feeding, sleep and safety.'),
        stages: ['baby'],
        access: ['automatic'],
        accessNote: 'Your health visitor will contact you before your baby is 2 weeks old.',
        services: [SVC.healthVisiting],
        formats: ['homeVisit'],
      },
      {
        id: 'sfl-item-hv-6-8-weeks',
        title: '6 to 8 week review',
        pl: 'Przegląd w 6.–8. tygodniu życia',
        summary: doc('A check on your baby’s growth and development, and on your own health and wellbeing. Your baby will also have a separate check with a GP.'),
        stages: ['baby'],
        access: ['automatic'],
        accessNote: 'We will send you an appointment when your baby is about 6 weeks old.',
        services: [SVC.healthVisiting],
        hubs: ALL_HUBS,
        formats: ['homeVisit', 'inPerson'],
      },
      {
        id: 'sfl-item-hv-1-year',
        title: '1 year review',
        pl: 'Przegląd w wieku 1 roku',
        summary: doc('A review of your child’s development between 9 and 12 months: moving, playing, babbling and eating. Bring your red book.'),
        stages: ['baby', 'toddler'],
        access: ['automatic'],
        accessNote: 'We will invite you to a Family Hub when your baby is between 9 and 12 months old.',
        services: [SVC.healthVisiting],
        hubs: ALL_HUBS,
        formats: ['inPerson'],
      },
      {
        id: 'sfl-item-hv-2-year',
        title: '2 to 2½ year review',
        pl: 'Przegląd w wieku 2–2,5 roku',
        summary: doc('A check on your child’s talking, moving, behaviour and play, with ideas to help them get ready for nursery.'),
        stages: ['toddler'],
        access: ['automatic'],
        accessNote: 'We will send you a questionnaire and an appointment when your child is about 2.',
        services: [SVC.healthVisiting],
        hubs: ALL_HUBS,
        formats: ['inPerson', 'homeVisit'],
      },
      {
        id: 'sfl-item-baby-clinic',
        title: 'Baby clinic',
        pl: 'Poradnia dla niemowląt',
        summary: doc('Drop in to get your baby weighed and ask a health visitor anything, from feeding to teething.'),
        stages: ['baby', 'toddler'],
        access: ['dropIn'],
        services: [SVC.babyClinic],
        hubs: [HUB.riverside, HUB.millbrook, HUB.oakley],
        formats: ['inPerson'],
      },
    ],
  },
  {
    category: 'parentInfantRelationships',
    title: 'Bonding with your baby',
    pl: 'Więź z dzieckiem',
    intro: 'Cuddles, talking and play help your baby’s brain grow. These groups are a chance to enjoy time together and meet other parents.',
    items: [
      {
        id: 'sfl-item-baby-massage',
        title: 'Baby massage',
        pl: 'Masaż niemowląt',
        summary: doc('Learn gentle massage to help your baby relax and sleep. Five weekly sessions for babies from 6 weeks old.'),
        stages: ['baby'],
        access: ['booking'],
        accessUrl: '/family-hubs/book?course=baby-massage',
        services: [SVC.babyMassage],
        hubs: [HUB.central, HUB.millbrook],
        formats: ['inPerson'],
      },
      {
        id: 'sfl-item-stay-and-play',
        title: 'Stay and Play',
        pl: 'Stay and Play – wspólna zabawa',
        summary: doc('Messy play, songs and stories for babies and toddlers, with early years workers on hand for a chat.'),
        stages: ['baby', 'toddler'],
        access: ['dropIn'],
        services: [SVC.stayAndPlay],
        hubs: [HUB.riverside, HUB.eastfield, HUB.oakley],
        languages: ['en', 'pl'],
        formats: ['inPerson'],
      },
      {
        id: 'sfl-item-understanding-your-baby',
        title: 'Understanding your baby online course',
        pl: 'Kurs online „Zrozumieć swoje dziecko”',
        summary: doc('A free online course on your baby’s feelings and development, to do at your own pace. Available in several languages.'),
        stages: ['pregnancy', 'baby', 'toddler'],
        access: ['online'],
        accessNote: 'Use the access code NORTHSHIRE to register for free.',
        accessUrl: '/parenting-programmes/understanding-your-baby',
        formats: ['online', 'video'],
        languages: ['en', 'pl', 'ur', 'ar'],
      },
    ],
  },
  {
    category: 'infantFeeding',
    title: 'Feeding your baby',
    pl: 'Karmienie dziecka',
    intro: 'However you feed your baby, you can get help. All our Family Hubs are breastfeeding friendly.',
    items: [
      {
        id: 'sfl-item-infant-feeding-cafe',
        title: 'Infant feeding café',
        pl: 'Kawiarenka karmienia niemowląt',
        summary: doc('Drop in for help with breastfeeding, bottle feeding or both, from infant feeding specialists and trained peer supporters.'),
        stages: ['pregnancy', 'baby'],
        access: ['dropIn'],
        services: [SVC.infantFeedingCafe],
        hubs: [HUB.central, HUB.eastfield],
        languages: ['en', 'pl', 'ur'],
        formats: ['inPerson'],
      },
      {
        id: 'sfl-item-infant-feeding-line',
        title: 'Infant feeding support line',
        pl: 'Telefon wsparcia w karmieniu',
        summary: doc(p('Call an infant feeding specialist or book a video call. ', b('If you are worried your baby is unwell'), ', call NHS 111.')),
        stages: ['baby'],
        access: ['phone'],
        accessPhone: '0161 496 0330',
        accessNote: 'Monday to Friday, 9am to 4pm.',
        services: [SVC.infantFeedingLine],
        formats: ['telephone', 'video'],
      },
      {
        id: 'sfl-item-starting-solids',
        title: 'Starting solid foods',
        pl: 'Rozszerzanie diety',
        summary: doc('A workshop on when and how to start solid foods, at around 6 months, with tasters and recipes to take home.'),
        stages: ['baby'],
        access: ['dropIn', 'booking'],
        services: [SVC.startingSolids],
        hubs: [HUB.millbrook],
        formats: ['inPerson', 'printed'],
      },
    ],
  },
  {
    category: 'perinatalMentalHealth',
    title: 'Your mental health and wellbeing',
    pl: 'Twoje zdrowie psychiczne i samopoczucie',
    intro: 'Lots of parents feel low or anxious during pregnancy or after having a baby. It is not your fault, and help is available.',
    items: [
      {
        id: 'sfl-item-talk-about-feelings',
        title: 'Talk to your midwife or health visitor about how you feel',
        pl: 'Porozmawiaj z położną lub pielęgniarką środowiskową o swoim samopoczuciu',
        summary: doc('Your midwife and health visitor will ask how you are feeling at every contact. Be honest: they are there to help, not to judge.'),
        stages: ['pregnancy', 'baby'],
        access: ['automatic', 'phone'],
        accessPhone: '0161 496 0300',
        services: [SVC.healthVisiting, SVC.midwife],
        formats: ['inPerson', 'telephone', 'homeVisit'],
      },
      {
        id: 'sfl-item-bump-and-baby',
        title: 'Bump and baby wellbeing group',
        pl: 'Grupa wsparcia dla przyszłych i młodych rodziców',
        summary: doc('A weekly group for parents feeling low, anxious or overwhelmed. Bring your baby; there is a quiet space to feed.'),
        stages: ['pregnancy', 'baby'],
        access: ['dropIn', 'selfRefer'],
        services: [SVC.bumpAndBaby],
        hubs: [HUB.riverside],
        formats: ['inPerson'],
      },
      {
        id: 'sfl-item-perinatal-team',
        title: 'Specialist perinatal mental health team',
        pl: 'Specjalistyczny zespół zdrowia psychicznego w okresie okołoporodowym',
        summary: doc('Specialist care for moderate to severe mental health difficulties in pregnancy and the first year after birth.'),
        stages: ['pregnancy', 'baby'],
        access: ['referral'],
        accessNote: 'Your midwife, health visitor or GP can refer you.',
        services: [SVC.perinatalTeam],
        formats: ['inPerson', 'homeVisit', 'video'],
      },
      {
        id: 'sfl-item-dads-and-partners',
        title: 'Support for dads and partners',
        pl: 'Wsparcie dla ojców i partnerów',
        summary: doc('Becoming a parent changes things for partners too. Join a monthly online chat with other dads and partners.'),
        stages: ['pregnancy', 'baby'],
        access: ['online', 'selfRefer'],
        services: [SVC.dadsWellbeing],
        formats: ['online'],
      },
    ],
  },
  {
    category: 'parentingSupport',
    title: 'Support for parents and carers',
    pl: 'Wsparcie dla rodziców i opiekunów',
    items: [
      {
        id: 'sfl-item-family-nurse',
        title: 'Family Nurse Partnership for young parents',
        pl: 'Family Nurse Partnership – wsparcie dla młodych rodziców',
        summary: doc('If you are 19 or under and having your first baby, a family nurse can visit you regularly until your child is 2.'),
        stages: ['pregnancy', 'baby', 'toddler'],
        whoItIsFor: 'First-time parents aged 19 or under',
        access: ['referral'],
        accessNote: 'Your midwife will ask if you would like a family nurse, usually before you are 16 weeks pregnant.',
        services: [SVC.familyNurse],
        formats: ['homeVisit'],
      },
      {
        id: 'sfl-item-parenting-drop-in',
        title: 'Parenting advice drop-in',
        pl: 'Porady wychowawcze bez zapisów',
        summary: doc('Sleep, crying, tantrums or routines: talk to a parenting practitioner at a Family Hub. No appointment needed.'),
        stages: ['baby', 'toddler'],
        access: ['dropIn'],
        services: [SVC.parentingDropIn],
        hubs: [HUB.central, HUB.eastfield],
        formats: ['inPerson'],
      },
      {
        id: 'sfl-item-parenting-courses',
        title: 'Baby and toddler parenting courses',
        pl: 'Kursy dla rodziców niemowląt i małych dzieci',
        summary: doc(p('Free group courses such as Incredible Years and Mellow Babies. ', a('/parenting-programmes', 'See course dates'), '.')),
        stages: ['baby', 'toddler'],
        access: ['booking', 'selfRefer'],
        accessUrl: '/parenting-programmes',
        services: [SVC.earlyHelp],
        formats: ['inPerson', 'online'],
      },
    ],
  },
  {
    category: 'earlyLanguage',
    title: 'Talking, play and learning at home',
    pl: 'Rozmowa, zabawa i nauka w domu',
    intro: 'Chatting, singing and sharing books with your baby from birth helps them learn to talk.',
    items: [
      {
        id: 'sfl-item-rhyme-time',
        title: 'Rhyme time at the library',
        pl: 'Rymowanki w bibliotece',
        summary: doc('Half an hour of songs and rhymes for babies and toddlers. Join the library for free and borrow books for your baby.'),
        stages: ['baby', 'toddler'],
        access: ['dropIn'],
        services: [SVC.rhymeTime],
        formats: ['inPerson'],
      },
      {
        id: 'sfl-item-speech-drop-in',
        title: 'Speech and language drop-in',
        pl: 'Konsultacje logopedyczne bez zapisów',
        summary: doc('Worried about your child’s talking or understanding? Ask a speech and language therapist at a monthly drop-in.'),
        stages: ['baby', 'toddler'],
        access: ['dropIn'],
        services: [SVC.speechDropIn],
        hubs: [HUB.millbrook, HUB.eastfield],
        languages: ['en', 'ur', 'pl'],
        formats: ['inPerson'],
      },
      {
        id: 'sfl-item-chatterboxes',
        title: 'Chatterboxes talking and play group',
        pl: 'Grupa zabaw językowych „Gaduły”',
        summary: doc('A weekly group with play and simple ideas to help toddlers start talking.'),
        stages: ['toddler'],
        access: ['dropIn'],
        accessNote: 'Just turn up on a Wednesday morning at Hillcrest Community Centre.',
        services: [SVC.chatterboxes],
        formats: ['inPerson'],
      },
    ],
  },
  {
    category: 'send',
    title: 'Special educational needs and disabilities (SEND)',
    pl: 'Specjalne potrzeby edukacyjne i niepełnosprawność (SEND)',
    intro: 'If your baby or toddler has additional needs, or you are worried about their development, support is available before any diagnosis.',
    items: [
      {
        id: 'sfl-item-little-stars',
        title: 'Little Stars SEND stay and play',
        pl: 'Little Stars – zabawa dla dzieci z SEND',
        summary: doc('A calm, sensory-friendly play session for children with additional needs, every other Friday.'),
        stages: ['baby', 'toddler'],
        access: ['dropIn'],
        services: [SVC.sendStayAndPlay],
        hubs: [HUB.eastfield],
        formats: ['inPerson'],
      },
      {
        id: 'sfl-item-early-years-send',
        title: 'Early years SEND support',
        pl: 'Wsparcie SEND we wczesnym dzieciństwie',
        summary: doc('Specialist teachers can visit you at home or at nursery to help your child play, learn and communicate.'),
        stages: ['baby', 'toddler'],
        access: ['referral'],
        accessNote: 'Ask your health visitor or nursery to refer your child.',
        services: [SVC.earlyYearsSend],
        formats: ['homeVisit', 'inPerson'],
      },
      {
        id: 'sfl-item-sendiass',
        title: 'SEND information and advice (SENDIASS)',
        pl: 'Informacje i porady dotyczące SEND (SENDIASS)',
        summary: doc('Free, confidential advice about your child’s needs, nursery and school support, and your rights.'),
        access: ['phone', 'selfRefer'],
        accessPhone: '0161 496 0600',
        services: [SVC.sendiass],
        formats: ['telephone', 'inPerson', 'easyRead', 'bsl'],
      },
    ],
  },
];

const sectionId = (category: OfferCategory) => `sfl-section-${category.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The draft item, for preview tests: only the Preview API serves it, and nothing links to it yet. */
const draftItem: Entity<'startForLifeItem'> = {
  id: 'sfl-item-baby-sensory-oakley-draft',
  contentType: 'startForLifeItem',
  title: 'Baby sensory sessions at Oakley (from spring 2027)',
  summary: doc('New sensory play sessions for babies at Oakley Family Hub. Dates coming soon.'),
  stages: ['baby'],
  access: ['dropIn'],
  hubs: [HUB.oakley],
  formats: ['inPerson'],
};

const OFFER_ID = 'sfl-offer-northshire';

/** The offer, its sections and items (items first, so links point backwards in the file). */
export function startForLifeEntries(): AnySampleEntry[] {
  const entries: AnySampleEntry[] = [];
  for (const section of sections) {
    for (const { pl, ...item } of section.items) {
      entries.push(sample<'startForLifeItem'>({ ...item, contentType: 'startForLifeItem' }, { translations: { pl: { title: pl } } }));
    }
    const entity: Entity<'startForLifeSection'> = {
      id: sectionId(section.category),
      contentType: 'startForLifeSection',
      category: section.category,
      title: section.title,
      ...(section.intro ? { intro: section.intro } : {}),
      items: section.items.map((item) => item.id),
    };
    entries.push(sample(entity, { translations: { pl: { title: section.pl } } }));
  }
  entries.push(sample(draftItem, { draft: true }));
  entries.push(offerEntry());
  return entries;
}

function offerEntry(): SampleEntry<'startForLifeOffer'> {
  const offer: Entity<'startForLifeOffer'> = {
    id: OFFER_ID,
    contentType: 'startForLifeOffer',
    title: 'Start for Life',
    ageSpan: 'toTwo',
    intro: doc(
      'Start for Life is the support every family in Northshire can get from pregnancy until your child is 2. Some of it comes to you, like visits from your health visitor. Other things you can join when you like, such as baby groups and feeding support. Everything here is free.',
      p('Not sure where to start? Call your nearest Family Hub or ', a('/ask-for-help', 'ask us for help online'), '.'),
    ),
    sections: sections.map((section) => sectionId(section.category)),
    featuredItems: ['sfl-item-midwife', 'sfl-item-hv-new-birth', 'sfl-item-infant-feeding-cafe', 'sfl-item-bump-and-baby', 'sfl-item-stay-and-play', 'sfl-item-rhyme-time'],
    howToAccess: doc(
      'Most support is open to everyone: just turn up, or call to book. Your midwife and health visitor will contact you for the checks everyone gets.',
      ul('Call any Family Hub on 0161 496 0100', 'Drop in to a Family Hub in opening hours', [a('/ask-for-help', 'Ask for help online')]),
    ),
    whoItIsFor: 'Everyone in Northshire who is pregnant or has a child under 2, including dads, partners and carers.',
    contactPhone: '0161 496 0100',
    contactEmail: 'familyhubs@northshire.example',
    fullOfferUrl: '/start-for-life',
    lastReviewed: '2026-09-15',
    coProduced: true,
    coProductionNote: 'Written with the Northshire Parent and Carer Panel in summer 2026.',
  };
  const translations: Translations<'startForLifeOffer'> = {
    pl: {
      title: 'Start for Life – wsparcie od ciąży do 2. roku życia',
      intro: doc(
        'Start for Life to wsparcie, które każda rodzina w Northshire może otrzymać od ciąży do 2. urodzin dziecka. Część z niego przychodzi do Ciebie, na przykład wizyty pielęgniarki środowiskowej. Do innych zajęć możesz dołączyć, kiedy chcesz, na przykład do grup dla niemowląt czy wsparcia w karmieniu. Wszystko tutaj jest bezpłatne.',
        p('Nie wiesz, od czego zacząć? Zadzwoń do najbliższego Family Hub lub ', a('/ask-for-help', 'poproś nas o pomoc online'), '.'),
      ),
    },
  };
  return sample(offer, { translations });
}
