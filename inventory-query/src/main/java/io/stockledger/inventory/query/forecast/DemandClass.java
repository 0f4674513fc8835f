package io.stockledger.inventory.query.forecast;

/**
 * The demand categories of Syntetos, Boylan &amp; Croston (2005), "On the categorization of demand
 * patterns", Journal of the Operational Research Society 56(5), 495–503: by the average inter-demand
 * interval (ADI, days per day with demand) and the squared coefficient of variation of the non-zero demand
 * sizes (CV²), with their cut-offs ADI = 1.32 and CV² = 0.49.
 */
public enum DemandClass {

    /** ADI &lt; 1.32, CV² &lt; 0.49: demand on most days, of regular size. */
    SMOOTH,
    /** ADI &lt; 1.32, CV² ≥ 0.49: demand on most days, of very variable size. */
    ERRATIC,
    /** ADI ≥ 1.32, CV² &lt; 0.49: many days without demand, regular sizes. */
    INTERMITTENT,
    /** ADI ≥ 1.32, CV² ≥ 0.49: many days without demand, very variable sizes. */
    LUMPY,
    /** No day with demand at all. */
    NO_DEMAND;

    /** Cut-off of the average inter-demand interval, in days. */
    public static final double ADI_CUT_OFF = 1.32;
    /** Cut-off of the squared coefficient of variation of demand sizes. */
    public static final double CV2_CUT_OFF = 0.49;

    /**
     * @param adi average inter-demand interval in days (∞ when there is no demand)
     * @param cv2 squared coefficient of variation of the non-zero demand sizes
     * @return the category
     */
    public static DemandClass of(double adi, double cv2) {
        if (Double.isInfinite(adi) || Double.isNaN(adi)) {
            return NO_DEMAND;
        }
        boolean frequent = adi < ADI_CUT_OFF;
        boolean regular = cv2 < CV2_CUT_OFF;
        return frequent ? (regular ? SMOOTH : ERRATIC) : (regular ? INTERMITTENT : LUMPY);
    }
}
