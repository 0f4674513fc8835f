package io.stockledger.inventory.query.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prediction intervals from a method's own in-sample one-step errors e = actual − fitted, one rule for
 * every method: for the day h ahead, [point + g<sub>h</sub>·q<sub>(1−level)/2</sub>,
 * point + g<sub>h</sub>·q<sub>(1+level)/2</sub>], where q are empirical quantiles of the errors
 * (Hyndman, R. J. &amp; Fan, Y. (1996), "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 361–365, definition 7) and g<sub>h</sub> is the method's
 * {@linkplain Fit#spread() spread}, the growth of the error's standard deviation with h. The lower bound is
 * floored at 0 units, the upper one at the lower one.
 * <p>
 * Empirical quantiles rather than ± z·σ because daily demand errors are skewed, most of all for
 * intermittent items: mostly small negative errors on days without demand, a few large positive ones on
 * days with. With normal errors the two agree. The standard deviation reported per day is
 * g<sub>h</sub>·σ₁, σ₁ being the root mean square of the errors (bias included).
 */
final class PredictionIntervals {

    private PredictionIntervals() {
    }

    /**
     * @param fit      the fitted method
     * @param history  the days it was fitted to, in units
     * @param firstDay the date of the first day ahead
     * @param level    coverage probability, in (0, 1)
     * @return one forecast per day of the fit's horizon
     */
    static List<DailyForecast> around(Fit fit, double[] history, LocalDate firstDay, double level) {
        double[] errors = fit.residuals(history);
        Arrays.sort(errors);
        double low = quantile(errors, (1 - level) / 2);
        double high = quantile(errors, (1 + level) / 2);
        double sigma = rootMeanSquare(errors);
        List<DailyForecast> days = new ArrayList<>(fit.point().length);
        for (int h = 0; h < fit.point().length; h++) {
            double point = fit.point()[h];
            double g = fit.spread()[h];
            double lower = Math.max(0, point + g * low);
            double upper = Math.max(lower, point + g * high);
            days.add(new DailyForecast(firstDay.plusDays(h), point, lower, upper, g * sigma));
        }
        return days;
    }

    /**
     * @param sorted values in ascending order
     * @param p      probability in [0, 1]
     * @return the sample quantile by linear interpolation (Hyndman &amp; Fan definition 7); 0 when empty
     */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double rootMeanSquare(double[] errors) {
        double sum = 0;
        for (double e : errors) {
            sum += e * e;
        }
        return errors.length == 0 ? 0 : Math.sqrt(sum / errors.length);
    }
}
