/**
 * Word lists in the style of Food.com, each ordered from most to least frequent: the samplers
 * draw them with Zipf-like weights, so the first entries dominate as they do in the real data.
 */

/** Tags by the minutes they imply; a recipe gets the first bucket its time fits. */
export const TIME_TAGS: ReadonlyArray<readonly [maxMinutes: number, tag: string]> = [
  [15, "15-minutes-or-less"],
  [30, "30-minutes-or-less"],
  [60, "60-minutes-or-less"],
  [240, "4-hours-or-less"],
];
/** For recipes of a day or more; between 4 hours and a day there is no time tag. */
export const LONG_TIME_TAG = "1-day-or-more";

/** Structural tags most recipes carry, with the share of recipes that has each. */
export const CORE_TAGS: ReadonlyArray<readonly [tag: string, share: number]> = [
  ["time-to-make", 0.97],
  ["course", 0.96],
  ["main-ingredient", 0.76],
  ["preparation", 0.97],
  ["cuisine", 0.39],
  ["occasion", 0.49],
  ["dietary", 0.37],
  ["easy", 0.55],
  ["low-in-something", 0.26],
  ["number-of-servings", 0.14],
  ["equipment", 0.27],
  ["taste-mood", 0.14],
];

/** The rest of the tag vocabulary, most frequent first. */
// prettier-ignore
export const TAGS: readonly string[] = [
  "main-dish", "north-american", "meat", "vegetables", "american", "desserts", "healthy", "low-sodium",
  "low-carb", "low-cholesterol", "3-steps-or-less", "low-calorie", "low-saturated-fat", "inexpensive",
  "oven", "for-large-groups", "beginner-cook", "side-dishes", "fruit", "poultry", "kid-friendly",
  "holiday-event", "pasta-rice-and-grains", "eggs-dairy", "chicken", "european", "5-ingredients-or-less",
  "comfort-food", "weeknight", "appetizers", "low-fat", "high-in-something", "beef", "breakfast",
  "lunch", "seasonal", "one-dish-meal", "brunch", "cookies-and-brownies", "vegetarian", "dinner-party",
  "italian", "stove-top", "high-protein", "savory", "sweet", "breads", "cakes", "seafood", "pork",
  "asian", "free-of-something", "potluck", "soups-stews", "mexican", "salads", "sauces", "winter",
  "christmas", "served-hot", "beverages", "spicy", "southwestern-united-states", "summer",
  "condiments-etc", "cheese", "chocolate", "fall", "small-appliance", "grains", "pasta", "potatoes",
  "spring", "snacks", "beans", "served-cold", "finger-food", "rice", "crock-pot-slow-cooker",
  "to-go", "presentation", "tomatoes", "ground-beef", "picnic", "greens", "novelty", "onions",
  "berries", "thanksgiving", "dips", "gifts", "chicken-breasts", "pies-and-tarts", "refrigerator",
  "diabetic", "broil", "barbecue", "grilling", "muffins", "food-processor-blender", "spreads",
  "nuts", "quick-breads", "citrus", "shellfish", "apples", "freezer", "greek", "french", "bar-cookies",
  "drop-cookies", "lactose", "egg-free", "gluten-free", "vegan", "indian", "chinese", "shrimp",
  "salad-dressings", "marinades-and-rubs", "bananas", "lemon", "fish", "turkey", "sandwiches",
  "casseroles", "stews", "mushrooms", "corn", "peppers", "carrots", "squash", "oamc-freezer-make-ahead",
  "copycat", "superbowl", "easter", "valentines-day", "new-years", "independence-day", "halloween",
  "st-patricks-day", "mothers-day", "fathers-day", "birthday", "wedding", "romantic", "camping",
  "college", "heirloom-historical", "from-scratch", "very-low-carbs", "kosher", "low-protein",
  "toddler-friendly", "infant-baby-friendly", "microwave", "mixer", "stir-fry", "deep-fry", "pan-fry",
  "roast", "steam", "simmer", "no-cook", "baking", "yeast", "candy", "frozen-desserts",
  "puddings-and-mousses", "cheesecake", "cupcakes", "smoothies", "cocktails", "punch", "non-alcoholic",
  "shakes", "hot-drinks", "coffee-cakes", "pancakes-and-waffles", "omelets-and-frittatas", "wraps",
  "pizza", "burgers", "chili", "chowders", "clear-soups", "bisques-cream-soups", "pasta-salad",
  "potato-salad", "coleslaw", "stuffings-dressings", "gravies", "salsas", "jams-and-preserves",
  "canning", "pickeled", "spinach", "broccoli", "cauliflower", "asparagus", "eggplant", "zucchini",
  "cabbage", "peaches", "pears", "strawberries", "blueberries", "cherries", "pineapple", "mango",
  "coconut", "oranges", "limes", "melons", "grapes", "plums", "raspberries", "tropical-fruit",
  "kiwifruit", "squid", "scallops", "mussels", "clams", "oysters", "crab", "lobster", "salmon", "tuna",
  "cod", "tilapia", "halibut", "catfish", "trout", "whole-chicken", "chicken-thighs-legs",
  "roast-beef", "steak", "pork-chops", "pork-ribs", "pork-loins", "ham", "bacon", "sausage",
  "lamb-sheep", "veal", "duck", "meatballs", "meatloaf", "brown-rice", "white-rice",
  "long-grain-rice", "oatmeal", "quinoa", "lentils", "black-beans", "elbow-macaroni", "penne",
  "spaghetti", "lasagna", "fettuccine", "ravioli-tortellini", "german", "japanese", "thai",
  "vietnamese", "korean", "middle-eastern", "african", "moroccan", "spanish", "caribbean", "cajun",
  "creole", "canadian", "australian", "scandinavian", "irish", "scottish", "english", "hungarian",
  "polish", "russian", "swiss", "brazilian", "peruvian", "californian", "pacific-northwest",
  "southern-united-states", "northeastern-united-states", "midwestern-united-states", "tex-mex",
  "hawaiian", "cinco-de-mayo", "chinese-new-year", "hanukkah", "passover", "ramadan", "labor-day",
  "memorial-day", "mardi-gras-carnival", "april-fools-day", "jewish-ashkenazi", "jewish-sephardi",
  "cooking-mixes", "crusts-pastry-dough-2", "nut-free", "sugar-free", "whole-turkey", "roast-pork",
  "savory-pies", "savory-sauces", "sweet-sauces", "dehydrator", "pressure-cooker", "water-bath",
  "soul", "filipino", "indonesian", "malaysian", "pakistani", "nepalese", "egyptian", "ethiopian",
  "south-african", "nigerian", "cuban", "puerto-rican", "guatemalan", "costa-rican", "chilean",
  "argentine", "colombian", "ecuadorean", "venezuelan", "belgian", "dutch", "danish", "finnish",
  "norwegian", "swedish", "icelandic", "austrian", "czech", "portuguese", "welsh", "georgian",
  "turkish", "lebanese", "iraqi", "iranian-persian", "palestinian", "saudi-arabian", "micro-melanesia",
  "polynesian", "new-zealand", "mongolian", "cambodian", "laotian", "beijing", "szechuan", "hunan",
];

/** Ingredients, most frequent first (Food.com spells them lowercase, with brand apostrophes). */
// prettier-ignore
export const INGREDIENTS: readonly string[] = [
  "salt", "butter", "sugar", "onion", "water", "eggs", "olive oil", "flour", "milk", "garlic cloves",
  "pepper", "brown sugar", "garlic", "all-purpose flour", "baking powder", "egg", "salt and pepper",
  "parmesan cheese", "lemon juice", "baking soda", "vegetable oil", "vanilla", "black pepper",
  "cinnamon", "tomatoes", "sour cream", "garlic powder", "vanilla extract", "oil", "honey", "onions",
  "cream cheese", "unsalted butter", "carrots", "celery", "chicken broth", "cheddar cheese",
  "ground beef", "green onions", "paprika", "soy sauce", "ground cinnamon", "fresh parsley",
  "lemon", "potatoes", "dried oregano", "cayenne pepper", "chili powder", "mayonnaise", "cumin",
  "granulated sugar", "heavy cream", "fresh ground black pepper", "kosher salt", "ground cumin",
  "red onion", "nutmeg", "worcestershire sauce", "chicken breasts", "powdered sugar", "milk chocolate chips",
  "semi-sweet chocolate chips", "dijon mustard", "lime juice", "mozzarella cheese", "walnuts", "pecans",
  "red bell pepper", "green bell pepper", "bacon", "ground ginger", "fresh lemon juice", "zucchini",
  "orange juice", "shallots", "boneless skinless chicken breasts", "dried basil", "bay leaves",
  "parsley", "sesame oil", "cornstarch", "buttermilk", "ketchup", "raisins", "extra virgin olive oil",
  "thyme", "fresh basil", "rice", "oats", "carrot", "cilantro", "frozen peas", "mushrooms",
  "tomato sauce", "tomato paste", "canola oil", "margarine", "shortening", "cocoa", "chicken",
  "fresh ginger", "feta cheese", "black beans", "kidney beans", "corn", "frozen corn", "spinach",
  "fresh spinach", "broccoli", "cabbage", "cucumber", "avocado", "jalapeno pepper", "salsa",
  "diced tomatoes", "crushed red pepper flakes", "fresh cilantro", "rosemary", "dried thyme",
  "white wine", "red wine vinegar", "balsamic vinegar", "apple cider vinegar", "white vinegar",
  "rice vinegar", "beef broth", "vegetable broth", "chicken stock", "beef stock", "water chestnuts",
  "bread crumbs", "panko breadcrumbs", "cracker crumbs", "graham cracker crumbs", "coconut",
  "flaked coconut", "almonds", "sliced almonds", "peanut butter", "peanuts", "cashews", "pine nuts",
  "sesame seeds", "poppy seeds", "sunflower seeds", "dried cranberries", "dates", "bananas", "apples",
  "granny smith apples", "blueberries", "strawberries", "raspberries", "cherries", "peaches", "pears",
  "pineapple", "crushed pineapple", "mandarin oranges", "orange zest", "lemon zest", "lime",
  "orange", "maple syrup", "molasses", "corn syrup", "light corn syrup", "sweetened condensed milk",
  "evaporated milk", "half-and-half", "whipping cream", "cool whip", "plain yogurt", "greek yogurt",
  "ricotta cheese", "cottage cheese", "swiss cheese", "monterey jack cheese", "colby-monterey jack cheese",
  "sharp cheddar cheese", "american cheese", "velveeta cheese", "blue cheese", "goat cheese",
  "romano cheese", "gruyere cheese", "provolone cheese", "pork chops", "pork tenderloin", "ham",
  "italian sausage", "smoked sausage", "kielbasa", "chorizo sausage", "pepperoni", "ground turkey",
  "turkey", "boneless skinless chicken thighs", "chicken thighs", "chicken wings", "whole chicken",
  "beef stew meat", "chuck roast", "flank steak", "sirloin steak", "lamb", "shrimp", "large shrimp",
  "salmon fillets", "tuna", "crabmeat", "scallops", "tilapia fillets", "cod", "clams", "eggs yolks",
  "egg whites", "egg yolks", "frozen spinach", "green beans", "asparagus", "cauliflower", "eggplant",
  "sweet potatoes", "yellow squash", "butternut squash", "pumpkin puree", "canned pumpkin",
  "leeks", "scallions", "yellow onion", "white onion", "sweet onion", "red potatoes", "baking potatoes",
  "russet potatoes", "cherry tomatoes", "roma tomatoes", "sun-dried tomatoes", "green chilies",
  "chipotle chiles in adobo", "red pepper flakes", "ground red pepper", "white pepper", "allspice",
  "ground cloves", "cloves", "ground nutmeg", "cardamom", "turmeric", "curry powder", "garam masala",
  "coriander", "ground coriander", "fennel seed", "mustard seeds", "dry mustard", "prepared mustard",
  "yellow mustard", "onion powder", "seasoning salt", "italian seasoning", "cajun seasoning",
  "old bay seasoning", "taco seasoning", "ranch dressing mix", "dried onion soup mix", "fresh mint",
  "fresh dill", "dill weed", "fresh chives", "chives", "sage", "marjoram", "tarragon", "saffron",
  "hot sauce", "tabasco sauce", "sriracha sauce", "barbecue sauce", "hoisin sauce", "oyster sauce",
  "fish sauce", "teriyaki sauce", "marinara sauce", "spaghetti sauce", "pizza sauce", "alfredo sauce",
  "pesto sauce", "italian dressing", "ranch dressing", "thousand island dressing", "cream of mushroom soup",
  "cream of chicken soup", "condensed cream of celery soup", "tomato soup", "spaghetti", "penne pasta",
  "elbow macaroni", "egg noodles", "lasagna noodles", "fettuccine", "linguine", "rotini pasta",
  "orzo pasta", "couscous", "quinoa", "long grain rice", "brown rice", "arborio rice", "wild rice",
  "tortilla chips", "flour tortillas", "corn tortillas", "pita bread", "french bread", "bread",
  "white bread", "whole wheat flour", "self-rising flour", "cake flour", "bread flour", "yellow cornmeal",
  "rolled oats", "quick-cooking oats", "active dry yeast", "instant yeast", "gelatin",
  "unflavored gelatin", "jell-o gelatin", "instant vanilla pudding", "instant chocolate pudding",
  "yellow cake mix", "white cake mix", "chocolate cake mix", "brownie mix", "pie crust",
  "graham cracker crust", "puff pastry", "refrigerated crescent dinner rolls", "biscuits",
  "bisquick", "unsweetened chocolate", "semisweet chocolate", "white chocolate chips",
  "unsweetened cocoa powder", "instant coffee", "brewed coffee", "espresso", "vodka", "rum",
  "tequila", "triple sec", "amaretto", "kahlua", "bourbon", "brandy", "beer", "red wine",
  "dry white wine", "sherry wine", "ginger ale", "club soda", "lemon-lime soda", "cranberry juice",
  "apple juice", "pineapple juice", "lemonade", "ice cubes", "ice", "vanilla ice cream",
  "marshmallows", "miniature marshmallows", "m&m's", "oreo cookies", "almond extract",
  "peppermint extract", "food coloring", "sprinkles", "capers", "kalamata olives", "black olives",
  "green olives", "artichoke hearts", "roasted red peppers", "pimientos", "sauerkraut", "pickles",
  "dill pickles", "sweet pickle relish", "horseradish", "prepared horseradish", "wasabi",
  "tofu", "firm tofu", "tempeh", "chickpeas", "garbanzo beans", "lentils", "split peas",
  "pinto beans", "great northern beans", "cannellini beans", "refried beans", "baked beans",
  "bean sprouts", "bok choy", "napa cabbage", "kale", "swiss chard", "arugula", "romaine lettuce",
  "iceberg lettuce", "mixed salad greens", "radishes", "beets", "turnips", "parsnips", "fennel bulb",
  "celery ribs", "red cabbage", "brussels sprouts", "snow peas", "sugar snap peas", "edamame",
  "okra", "portabella mushrooms", "shiitake mushrooms", "button mushrooms", "mango", "papaya",
  "kiwi", "watermelon", "cantaloupe", "grapes", "plums", "apricots", "dried apricots", "prunes",
  "figs", "cranberries", "pomegranate seeds", "coconut milk", "almond milk", "soymilk",
  "hellmann's mayonnaise", "campbell's cream of mushroom soup", "lawry's seasoned salt",
  "kellogg's corn flakes", "baker's semi-sweet chocolate", "french's french fried onions",
  "hershey's cocoa powder", "land o'lakes butter", "splenda sugar substitute", "stevia",
  "agave nectar", "coconut oil", "peanut oil", "ghee", "lard", "crisco", "nonstick cooking spray",
];

/** Dish words for names, with the course tag each implies. */
// prettier-ignore
export const DISHES: ReadonlyArray<readonly [dish: string, courseTag: string]> = [
  ["casserole", "main-dish"], ["soup", "soups-stews"], ["salad", "salads"], ["cookies", "desserts"],
  ["cake", "desserts"], ["bread", "breads"], ["muffins", "breads"], ["pie", "desserts"],
  ["dip", "appetizers"], ["sauce", "sauces"], ["chili", "main-dish"], ["stew", "soups-stews"],
  ["pasta", "main-dish"], ["pizza", "main-dish"], ["sandwich", "lunch"], ["smoothie", "beverages"],
  ["punch", "beverages"], ["bars", "desserts"], ["brownies", "desserts"], ["stir fry", "main-dish"],
  ["curry", "main-dish"], ["tacos", "main-dish"], ["enchiladas", "main-dish"], ["dressing", "salads"],
  ["marinade", "sauces"], ["salsa", "condiments-etc"], ["cobbler", "desserts"], ["pancakes", "breakfast"],
  ["waffles", "breakfast"], ["omelet", "breakfast"], ["quiche", "brunch"], ["frittata", "brunch"],
  ["burgers", "main-dish"], ["meatballs", "main-dish"], ["meatloaf", "main-dish"], ["roast", "main-dish"],
  ["kabobs", "main-dish"], ["wings", "appetizers"], ["chowder", "soups-stews"], ["bisque", "soups-stews"],
  ["risotto", "side-dishes"], ["pilaf", "side-dishes"], ["slaw", "side-dishes"], ["fudge", "desserts"],
  ["cheesecake", "desserts"], ["pudding", "desserts"], ["ice cream", "desserts"], ["lemonade", "beverages"],
  ["martini", "beverages"], ["scones", "breads"], ["rolls", "breads"], ["biscuits", "breads"],
  ["crisp", "desserts"], ["tart", "desserts"], ["wraps", "lunch"], ["spread", "appetizers"],
  ["glaze", "sauces"], ["rub", "condiments-etc"], ["bake", "main-dish"], ["skillet", "main-dish"],
  ["fried rice", "side-dishes"], ["mashed potatoes", "side-dishes"], ["gratin", "side-dishes"],
  ["loaf", "breads"], ["cupcakes", "desserts"], ["trifle", "desserts"], ["granola", "breakfast"],
];

/** Words that lead a recipe name (Food.com strips apostrophes: "grandma s"). */
// prettier-ignore
export const NAME_PREFIXES: readonly string[] = [
  "easy", "quick", "best", "grandma s", "mom s", "simple", "healthy", "low fat", "spicy", "creamy",
  "crispy", "homemade", "old fashioned", "classic", "amazing", "crock pot", "slow cooker", "baked",
  "grilled", "roasted", "quick and easy", "my favorite", "aunt mary s", "5 minute", "zesty", "hearty",
  "southern", "italian", "mexican", "cajun", "thai", "greek", "german", "tuscan", "hawaiian",
  "country", "sweet and sour", "honey glazed", "lemon garlic", "garlic parmesan", "bbq", "cheesy",
  "moist", "fluffy", "rustic", "skinny", "weight watchers", "copycat", "kittencal s", "no bake",
];

/** Main-ingredient words of names. */
// prettier-ignore
export const NAME_MAINS: readonly string[] = [
  "chicken", "beef", "pork", "shrimp", "salmon", "apple", "banana", "chocolate", "chocolate chip",
  "peanut butter", "pumpkin", "zucchini", "potato", "sweet potato", "broccoli", "spinach", "mushroom",
  "tomato", "black bean", "lentil", "lemon", "blueberry", "strawberry", "cranberry", "oatmeal", "cheese",
  "bacon", "sausage", "turkey", "tuna", "corn", "cabbage", "carrot", "garlic", "onion", "rice", "pasta",
  "coconut", "pecan", "walnut", "cinnamon", "honey", "ginger", "orange", "lime", "raspberry", "cherry",
  "peach", "pineapple", "avocado", "cream cheese", "sour cream", "buttermilk", "ham", "lamb", "crab",
  "veggie", "eggplant", "cauliflower", "asparagus", "green bean", "cucumber", "feta", "parmesan",
  "mozzarella", "tofu", "quinoa", "kale", "cheddar", "jalapeno", "chipotle", "teriyaki", "maple",
];

// prettier-ignore
export const NAME_SUFFIXES: readonly string[] = [
  "with garlic sauce", "for two", "ii", "iii", "supreme", "deluxe", "delight", "surprise",
  "with a twist", "low fat", "gluten free", "for a crowd", "with herbs", "au gratin", "italiano",
  "mexican style", "southwestern style", "with lemon butter", "with pecans", "my way", "the best",
  "oamc", "weight watchers", "for the freezer", "in the microwave", "with cream cheese frosting",
];

/** Text fragments for the "traps" the real files contain. */
// prettier-ignore
export const HTML_SNIPPETS: readonly string[] = [
  "I&#039;ve made this twice now", "mac &amp; cheese", "salt &amp; pepper", "it&#039;s a keeper",
  "my DH&#039;s favorite", "R&amp;R", "don&#039;t skip the lemon", "&quot;the best&quot;",
];
// prettier-ignore
export const MOJIBAKE_SNIPPETS: readonly string[] = [
  "â€œperfectâ€", "itâ€™s great", "donâ€™t overbake", "sautÃ©ed", "thatâ€™s it", "a bit â€“ less sugar",
];
// prettier-ignore
export const ACCENTED_WORDS: readonly string[] = [
  "crème brûlée", "jalapeño", "café au lait", "piña colada", "sautéed", "purée", "gruyère", "crêpes",
  "smörgåsbord", "façon", "entrée", "frappé", "béchamel", "niçoise", "Käsespätzle", "açaí", "über",
];
/** All beyond the BMP (surrogate pairs in JS), which Python prints as is. */
export const EMOJI: readonly string[] = [
  "😋",
  "👍",
  "🥰",
  "🍰",
  "😀",
  "🔥",
  "🙂",
  "🍓",
  "👌",
  "😍",
];
