package java.math;

/** How a numeric result with discarded digits is rounded. */
public enum RoundingMode {
    UP(BigDecimal.ROUND_UP),
    DOWN(BigDecimal.ROUND_DOWN),
    CEILING(BigDecimal.ROUND_CEILING),
    FLOOR(BigDecimal.ROUND_FLOOR),
    HALF_UP(BigDecimal.ROUND_HALF_UP),
    HALF_DOWN(BigDecimal.ROUND_HALF_DOWN),
    HALF_EVEN(BigDecimal.ROUND_HALF_EVEN),
    UNNECESSARY(BigDecimal.ROUND_UNNECESSARY);

    /** The legacy BigDecimal.ROUND_* constant. */
    final int oldMode;

    RoundingMode(int oldMode) {
        this.oldMode = oldMode;
    }

    /** The mode for a legacy BigDecimal.ROUND_* constant. */
    public static RoundingMode valueOf(int rm) {
        RoundingMode[] all = values();
        if (rm < 0 || rm >= all.length) {
            throw new IllegalArgumentException("argument out of range");
        }
        return all[rm];
    }
}
