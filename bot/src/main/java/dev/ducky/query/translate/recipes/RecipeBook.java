package dev.ducky.query.translate.recipes;

import dev.ducky.query.translate.Recipe;
import java.util.List;

/** Every recipe, most specific first (ties in how strongly a question asks go to the earlier one). */
public final class RecipeBook {
    private RecipeBook() {
    }

    public static List<Recipe> all() {
        return List.of(new OomRecipe(), new ThrottlingRecipe(), new FillUpRecipe(), new PodStateRecipe(),
                new ErrorRatioRecipe(), new TargetsDownRecipe(), new FileDescriptorRecipe(), new RestartsRecipe(),
                new LatencyRecipe(), new RequestRateRecipe(), new DiskRecipe(), new MemoryRecipe(), new CpuRecipe(),
                new LogTopTalkersRecipe(), new LogPatternRecipe(), new LogErrorsRecipe(), new GenericMetricRecipe());
    }
}
