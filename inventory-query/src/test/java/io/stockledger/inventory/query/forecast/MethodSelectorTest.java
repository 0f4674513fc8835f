package io.stockledger.inventory.query.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MethodSelectorTest {

    private final MethodSelector selector = new MethodSelector();

    @Test
    void givenTheCutOffsWhenClassifyingThenAdi132AndCv2049SplitTheFourCategories() {
        assertThat(DemandClass.of(1.31, 0.48)).isEqualTo(DemandClass.SMOOTH);
        assertThat(DemandClass.of(1.31, 0.49)).isEqualTo(DemandClass.ERRATIC);
        assertThat(DemandClass.of(1.32, 0.48)).isEqualTo(DemandClass.INTERMITTENT);
        assertThat(DemandClass.of(1.32, 0.49)).isEqualTo(DemandClass.LUMPY);
        assertThat(DemandClass.of(Double.POSITIVE_INFINITY, Double.NaN)).isEqualTo(DemandClass.NO_DEMAND);
    }

    @Test
    void givenDemandEveryTradingDayOfASixDayWeekWhenProfiledThenSmoothAndEts() {
        DemandSeries series = Series.of(Series.repeat(84, 10, 12, 14, 16, 18, 20, 0));

        DemandProfile profile = DemandProfile.of(series);

        assertThat(profile.adi()).isCloseTo(7.0 / 6, within(1e-12));
        assertThat(profile.cv2()).isCloseTo((70.0 / 6) / (15 * 15), within(1e-12));
        assertThat(profile.demandClass()).isEqualTo(DemandClass.SMOOTH);
        assertThat(selector.select(series).name()).isEqualTo("ETS(A,N,A)");
    }

    @Test
    void givenFiveUnitsEveryFourthDayWhenProfiledThenIntermittentAndTsb() {
        DemandSeries series = Series.of(Series.repeat(100, 0, 0, 0, 5));

        DemandProfile profile = DemandProfile.of(series);

        assertThat(profile.adi()).isEqualTo(4.0);
        assertThat(profile.cv2()).isZero();
        assertThat(profile.demandClass()).isEqualTo(DemandClass.INTERMITTENT);
        assertThat(selector.select(series).name()).isEqualTo("TSB");
    }

    @Test
    void givenSizesOf1And20EveryThirdDayWhenProfiledThenLumpyAndTsb() {
        DemandSeries series = Series.of(Series.repeat(90, 1, 0, 0, 20, 0, 0));

        DemandProfile profile = DemandProfile.of(series);

        assertThat(profile.adi()).isEqualTo(3.0);
        assertThat(profile.cv2()).isCloseTo(9.5 * 9.5 / (10.5 * 10.5), within(1e-12));
        assertThat(profile.demandClass()).isEqualTo(DemandClass.LUMPY);
        assertThat(selector.select(series).name()).isEqualTo("TSB");
    }

    @Test
    void givenSizesOf1And20EveryDayWhenProfiledThenErraticAndTsb() {
        DemandSeries series = Series.of(Series.repeat(60, 1, 20));

        assertThat(DemandProfile.of(series).demandClass()).isEqualTo(DemandClass.ERRATIC);
        assertThat(selector.select(series).name()).isEqualTo("TSB");
    }

    @Test
    void givenLessThanFourWeeksSinceTheFirstSaleWhenSelectingThenTheMean() {
        DemandSeries series = Series.of(Series.concat(new double[200], Series.repeat(27, 10)));

        assertThat(selector.select(series).name()).isEqualTo("Mean");
        assertThat(selector.select(Series.of(Series.concat(new double[200], Series.repeat(28, 10)))).name())
                .isEqualTo("ETS(A,N,A)");
    }

    @Test
    void givenNoDemandWhenSelectingThenTheMean() {
        assertThat(selector.select(Series.of(new double[100])).name()).isEqualTo("Mean");
        assertThat(DemandProfile.of(Series.of(new double[100])).demandClass()).isEqualTo(DemandClass.NO_DEMAND);
    }
}
