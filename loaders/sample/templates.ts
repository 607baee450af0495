/**
 * Sentence templates for steps, descriptions and reviews. `{x}` marks a slot that a SlotFiller
 * resolves. Templates are compiled once into literal/slot parts so the hot loops only concatenate.
 */
import type { Rng } from "./rng.ts";

/** An object rather than a closure: the hot loops reuse one instance instead of allocating. */
export interface SlotFiller {
  fill(slot: string, rng: Rng): string;
}

export class Template {
  /** Literal text at even indices, slot names at odd ones. */
  private readonly parts: string[];
  constructor(text: string) {
    this.parts = text.split(/\{(\w+)\}/);
  }

  render(rng: Rng, filler: SlotFiller): string {
    let out = this.parts[0]!;
    for (let i = 1; i < this.parts.length; i += 2)
      out += filler.fill(this.parts[i]!, rng) + this.parts[i + 1]!;
    return out;
  }
}

export const compile = (texts: readonly string[]): Template[] => texts.map((t) => new Template(t));

/** Recipe steps, lowercase and with " , " spacing as in the real (tokenised) files. */
export const STEP_TEMPLATES = compile([
  "preheat oven to {temp} degrees",
  "preheat oven to {temp} degrees f",
  "in a large bowl , combine {a} , {b} and {c}",
  "in a {size} bowl , mix together {a} and {b}",
  "add {a} and stir well",
  "stir in {a}",
  "add the {a} and cook for {min} minutes",
  "bake for {min} minutes or until golden brown",
  "bake at {temp} for {min} minutes",
  "season with salt and pepper to taste",
  "serve immediately",
  "serve warm with {a}",
  "heat {a} in a large skillet over medium heat",
  "saute {a} until tender , about {min} minutes",
  "bring to a boil , then reduce heat and simmer for {min} minutes",
  "drain and set aside",
  "pour into a greased {pan}",
  "let cool completely before cutting into squares",
  "cover and refrigerate for at least {hours} hours",
  "whisk together {a} and {b} in a small bowl",
  "sprinkle with {a}",
  "top with {a} and {b}",
  "cream {a} and {b} until light and fluffy",
  "beat in {a} , one at a time",
  "fold in {a}",
  "spoon mixture into prepared {pan}",
  "remove from heat and let stand {min} minutes",
  "garnish with {a} , if desired",
  "place {a} in a crock pot",
  "cook on low for {hours} hours or on high for 4 hours",
  "cut {a} into bite-size pieces",
  "chop the {a}",
  "peel and dice the {a}",
  "mix well",
  "enjoy !",
  "don't overmix the batter",
  "it's best served the next day",
  "you'll want to keep an eye on it so it doesn't burn",
  "combine all ingredients in a blender and process until smooth",
  "grease and flour a {pan}",
  "roll dough into 1-inch balls and place on ungreased cookie sheets",
  "pour over ice and serve",
  "shake well and strain into a chilled glass",
  "grill over medium-high heat for {min} minutes per side",
  "marinate in the refrigerator overnight",
  "toss {a} with {b} until well coated",
  "in a saucepan , melt {a} over low heat",
  "spread {a} evenly over the top",
  "add 1 / 2 cup of the {a} and mix until just combined",
  "note : you can substitute {a} for the {b}",
  "transfer to a serving platter and keep warm",
  "let stand 5 minutes before slicing",
  "in a food processor , pulse {a} and {b} until finely chopped",
  "cook pasta according to package directions",
  "layer half of the {a} over the {b}",
  "repeat layers , ending with {a}",
  "cover with foil and bake {min} minutes more",
  "store in an airtight container",
]);

/** Tails appended to some steps. */
// prettier-ignore
export const STEP_CLAUSES: readonly string[] = [
  "stirring occasionally", "until the mixture thickens", "about 5 minutes", "until heated through",
  "making sure to scrape the bottom of the pan", "then remove from heat", "until a toothpick inserted in the center comes out clean",
  "until golden brown and bubbly", "being careful not to overcook", "or until tender", "and let cool slightly",
  "until well blended", "cover and let stand",
];

export const DESCRIPTION_TEMPLATES = compile([
  "this is my {who}'s recipe for {dish}.",
  "a quick and easy {dish} that the whole family will love.",
  "i found this recipe in {source} years ago and have been making it ever since.",
  "great for {occasion}.",
  "you can use {a} instead of {b}.",
  "this {dish} is so good!",
  "my kids ask for this every week.",
  "adapted from {source}.",
  "serve with a green salad and crusty bread.",
  "the cooking time includes {hours} hours of chilling.",
  "a family favorite!",
  "posted for zwt {num}.",
  "i like to double the recipe and freeze half.",
  "don't let the ingredient list scare you, it comes together fast.",
  "this is a recipe i got from a friend at work and it's wonderful.",
  "it's a great way to use up leftover {a}.",
  "very moist and flavorful.",
  "not your typical {dish}!",
  "the recipe can easily be doubled.",
  'we call it "{nickname}" at our house.',
  "prep time does not include the time to soften the {a}.",
  "i've tweaked this over the years, and this is the version we like best.",
]);

export const POSITIVE_REVIEW_TEMPLATES = compile([
  "This was {adj}!",
  "I made this for {occasion} and everyone loved it.",
  "My {fam} {loved} it.",
  "I followed the recipe exactly and it turned out {adj}.",
  "I added {a} and a little more {b}.",
  "I used {a} instead of {b} and it was still great.",
  "Will definitely make this again.",
  "Thanks for posting!",
  "Thanks for sharing this keeper!",
  "Made for {event}.",
  "5 stars!",
  "Easy to make and very tasty.",
  "This is going into my keeper file.",
  "I cut the recipe in half and it worked perfectly.",
  "The only change I made was to add some {a}.",
  "Served it with {side}.",
  "Very easy, and the leftovers were even better the next day.",
  'My {fam} said it was "{nickname}" and asked for seconds.',
  "Yum, yum, yum!",
  "I didn't have {a} so I left it out, and it was still {adj}.",
  "Wow!",
  "This is the best {dish} I have ever made.",
]);

export const MIXED_REVIEW_TEMPLATES = compile([
  "This was okay, but a little {flaw} for our taste.",
  "It was good but not great.",
  "I think it needs more {a}.",
  "Next time I will add {a}.",
  "Pretty good, but I had to bake it {min} minutes longer.",
  "The flavor was nice, but the texture was a bit off.",
  "My {fam} liked it more than I did.",
]);

export const NEGATIVE_REVIEW_TEMPLATES = compile([
  "Sorry, but this didn't work for me.",
  "This was way too {flaw}.",
  "We did not care for this at all.",
  "I followed the recipe exactly and it was a disaster.",
  "The {dish} came out {bad}.",
  "Not sure what went wrong, but I won't make this again.",
  "I ended up throwing it out.",
]);

export const UNRATED_REVIEW_TEMPLATES = compile([
  "I haven't made this yet but it sounds great.",
  "Can I use {a} instead of {b}?",
  "How many does this serve?",
  "Is this supposed to be {temp} degrees?",
  "Bookmarking this for later.",
  "I didn't rate it because I changed too much.",
  "Question: do you drain the {a} first?",
]);

// prettier-ignore
export const SLOT_WORDS: Readonly<Record<string, readonly string[]>> = {
  temp: ["350", "375", "400", "325", "425", "450", "300"],
  size: ["large", "medium", "small"],
  pan: ["9x13 inch pan", "8x8 inch baking dish", "loaf pan", "pie plate", "baking sheet", "casserole dish", "bundt pan", "muffin tin"],
  who: ["mom", "grandmother", "aunt", "mother-in-law", "neighbor", "best friend", "husband", "sister"],
  source: ["a church cookbook", "taste of home", "an old betty crocker cookbook", "the back of a box", "a magazine", "cooking light", "my local newspaper", "a friend"],
  occasion: ["potlucks", "a cold winter night", "game day", "christmas morning", "a summer bbq", "busy weeknights", "brunch", "the holidays", "thanksgiving dinner", "a picnic", "a crowd"],
  adj: ["delicious", "wonderful", "so good", "amazing", "fantastic", "excellent", "really tasty", "very good", "a hit", "yummy", "perfect"],
  fam: ["DH", "husband", "family", "kids", "DS", "DD", "whole family", "guests", "in-laws", "boyfriend"],
  loved: ["loved", "really liked", "raved about", "gobbled up", "enjoyed"],
  event: ["ZWT 4", "PAC Spring 2009", "Comfort Cafe", "Best of 2008 Cookbook tag", "Football Pool", "Holiday Tag", "Pick A Chef", "1-2-3 Hits", "Culinary Quest", "Bevy Tag"],
  side: ["rice", "mashed potatoes", "a green salad", "garlic bread", "steamed broccoli", "egg noodles", "cornbread"],
  flaw: ["salty", "sweet", "bland", "dry", "greasy", "spicy", "runny"],
  bad: ["dry", "burnt", "soggy", "rubbery", "tasteless", "flat"],
  nickname: ["the best ever", "heaven in a pan", "better than mom's", "crack", "company worthy", "to die for"],
  hours: ["2", "4", "6", "8", "12", "24"],
  min: ["5", "10", "15", "20", "25", "30", "35", "40", "45", "60"],
  num: ["2", "3", "4", "5", "6", "2008", "2009"],
};
