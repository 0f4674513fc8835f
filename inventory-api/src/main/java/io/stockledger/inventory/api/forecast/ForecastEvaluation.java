package io.stockledger.inventory.api.forecast;

import io.stockledger.inventory.query.forecast.Croston;
import io.stockledger.inventory.query.forecast.DailyForecast;
import io.stockledger.inventory.query.forecast.DayOfWeekAverage;
import io.stockledger.inventory.query.forecast.DemandClass;
import io.stockledger.inventory.query.forecast.DemandProfile;
import io.stockledger.inventory.query.forecast.DemandSeries;
import io.stockledger.inventory.query.forecast.Forecast;
import io.stockledger.inventory.query.forecast.ForecastMethod;
import io.stockledger.inventory.query.forecast.Forecaster;
import io.stockledger.inventory.query.forecast.ScaledError;
import io.stockledger.inventory.query.forecast.SeasonalExponentialSmoothing;
import io.stockledger.inventory.query.forecast.SeasonalNaive;
import io.stockledger.inventory.query.forecast.Tsb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A hold-out evaluation of the forecast methods on a log's daily demand: the last days of the calendar are
 * held out; every method forecasts them from the days before only; each SKU's forecasts are scored by MASE
 * and RMSSE against a lag-7 (same weekday last week) in-sample scale ({@link ScaledError}), by how many
 * held-out days fall within their 95 % prediction intervals, and by the units forecast against the units
 * demanded (bias).
 * <p>
 * Nothing after the cut-off can reach a forecast: {@link #forecast} gets only the per-SKU copies of the
 * days before it ({@link DailyDemand#before}), and the SKUs are chosen by their units before it too. The
 * held-out days are read only afterwards, to score.
 */
final class ForecastEvaluation {

    /** The name of the row of the selected method. */
    static final String AUTO = "Auto (selected)";
    /** Coverage probability of the prediction intervals. */
    static final double LEVEL = 0.95;
    /** Lag of the naive method that scales MASE and RMSSE: the same weekday last week. */
    static final int SCALE_LAG = 7;

    private static final List<ForecastMethod> METHODS = List.of(Croston.croston(), Croston.sba(), new Tsb(),
            SeasonalExponentialSmoothing.optimised());
    private static final List<ForecastMethod> BASELINES = List.of(new SeasonalNaive(), new DayOfWeekAverage());

    /** The shortest history, in days from the first sale, that every method accepts (14, for ETS). */
    static final int MIN_HISTORY = Stream.concat(METHODS.stream(), BASELINES.stream())
            .mapToInt(ForecastMethod::minimumHistory).max().orElseThrow();

    private ForecastEvaluation() {
    }

    /** @return the names of the methods in table order: the methods, the selected one, the baselines */
    static List<String> methodNames() {
        List<String> names = new ArrayList<>(METHODS.stream().map(ForecastMethod::name).toList());
        names.add(AUTO);
        names.addAll(BASELINES.stream().map(ForecastMethod::name).toList());
        return names;
    }

    /**
     * @param demand      the log's daily demand
     * @param skus        how many best-selling SKUs (by units before the cut-off) to evaluate, ≥ 1
     * @param holdoutDays how many days at the end of the calendar to hold out and forecast, ≥ 1 and fewer
     *                    than the calendar's days
     * @return the scores
     */
    static Evaluation run(DailyDemand demand, int skus, int holdoutDays) {
        if (skus < 1 || holdoutDays < 1 || holdoutDays >= demand.days()) {
            throw new IllegalArgumentException("need at least 1 SKU and 1 to " + (demand.days() - 1)
                    + " hold-out days, got " + skus + " and " + holdoutDays);
        }
        LocalDate cutOff = demand.last().minusDays(holdoutDays - 1L);
        Map<String, DemandSeries> training = bestSellers(demand.before(cutOff), skus);
        Map<String, Map<String, Forecast>> forecasts = forecast(training, holdoutDays);
        return score(demand.first(), cutOff, demand.last(), training, forecasts, demand.from(cutOff));
    }

    /**
     * @param training per SKU, its days before the cut-off
     * @param count    how many to keep
     * @return the {@code count} SKUs with the most units, most first (ties by code)
     */
    static Map<String, DemandSeries> bestSellers(Map<String, DemandSeries> training, int count) {
        return training.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, DemandSeries> e) -> -e.getValue().total())
                        .thenComparing(Map.Entry::getKey))
                .limit(count)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Forecasts every SKU with at least {@link #MIN_HISTORY} days from its first sale, by every method.
     *
     * @param training per SKU, its days before the cut-off: all this method sees
     * @param horizon  days to forecast
     * @return per SKU, per method name, its forecast
     */
    static Map<String, Map<String, Forecast>> forecast(Map<String, DemandSeries> training, int horizon) {
        Forecaster forecaster = new Forecaster();
        Map<String, Map<String, Forecast>> forecasts = new LinkedHashMap<>();
        training.forEach((sku, series) -> {
            if (series.sinceFirstDemand().length() < MIN_HISTORY) {
                return;
            }
            Map<String, Forecast> bySku = new LinkedHashMap<>();
            METHODS.forEach(m -> bySku.put(m.name(), Forecaster.forecast(series, m, horizon, LEVEL)));
            bySku.put(AUTO, forecaster.forecast(series, horizon, LEVEL));
            BASELINES.forEach(m -> bySku.put(m.name(), Forecaster.forecast(series, m, horizon, LEVEL)));
            forecasts.put(sku, bySku);
        });
        return forecasts;
    }

    private static Evaluation score(LocalDate first, LocalDate cutOff, LocalDate last, Map<String, DemandSeries> training,
                                    Map<String, Map<String, Forecast>> forecasts, Map<String, DemandSeries> holdout) {
        List<MethodScores> methods = scoreSheet();
        Map<DemandClass, List<MethodScores>> byClass = new EnumMap<>(DemandClass.class);
        Map<String, Integer> selected = new TreeMap<>();
        Map<String, Map<String, Forecast>> scoredForecasts = new LinkedHashMap<>();
        int zeroScale = 0;
        for (Map.Entry<String, Map<String, Forecast>> sku : forecasts.entrySet()) {
            DemandSeries history = training.get(sku.getKey()).sinceFirstDemand();
            double[] insample = history.values();
            double[] actual = holdout.get(sku.getKey()).values();
            if (ScaledError.mase(insample, actual, actual, SCALE_LAG).isEmpty()) {
                zeroScale++;
                continue;
            }
            List<MethodScores> classScores = byClass.computeIfAbsent(DemandProfile.of(history).demandClass(),
                    c -> scoreSheet());
            for (int m = 0; m < methods.size(); m++) {
                Forecast forecast = sku.getValue().get(methods.get(m).method());
                double[] point = forecast.days().stream().mapToDouble(DailyForecast::demand).toArray();
                double mase = ScaledError.mase(insample, actual, point, SCALE_LAG).orElseThrow();
                double rmsse = ScaledError.rmsse(insample, actual, point, SCALE_LAG).orElseThrow();
                methods.get(m).add(mase, rmsse, forecast, actual);
                classScores.get(m).add(mase, rmsse, forecast, actual);
            }
            selected.merge(sku.getValue().get(AUTO).method(), 1, Integer::sum);
            scoredForecasts.put(sku.getKey(), sku.getValue());
        }
        int shortHistory = training.size() - forecasts.size();
        return new Evaluation(first, cutOff, last, training.size(), shortHistory, zeroScale, methods, selected, byClass,
                scoredForecasts);
    }

    private static List<MethodScores> scoreSheet() {
        return methodNames().stream().map(MethodScores::new).toList();
    }
}
