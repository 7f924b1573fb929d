package java.util;

import java.util.function.DoubleConsumer;

/**
 * Count, sum, minimum, maximum and average of a sequence of double values.
 * The sum is computed with compensated (Kahan) summation to reduce rounding
 * error; a plain sum is also kept so infinite inputs give an infinite sum.
 */
public class DoubleSummaryStatistics implements DoubleConsumer {
    private long count;
    /** High-order part of the compensated sum. */
    private double sum;
    /** Negated low-order bits lost from {@link #sum}. */
    private double sumCompensation;
    private double simpleSum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public DoubleSummaryStatistics() {
    }

    /** Statistics with the given values; count 0 means empty (the other arguments are then ignored). */
    public DoubleSummaryStatistics(long count, double min, double max, double sum) throws IllegalArgumentException {
        if (count < 0L) {
            throw new IllegalArgumentException("Negative count value");
        } else if (count > 0L) {
            if (min > max) {
                throw new IllegalArgumentException("Minimum greater than maximum");
            }
            long nans = 0;
            if (Double.isNaN(min)) {
                nans++;
            }
            if (Double.isNaN(max)) {
                nans++;
            }
            if (Double.isNaN(sum)) {
                nans++;
            }
            if (nans > 0 && nans < 3) {
                throw new IllegalArgumentException("Some, not all, of the minimum, maximum, or sum is NaN");
            }
            this.count = count;
            this.sum = sum;
            this.simpleSum = sum;
            this.sumCompensation = 0.0d;
            this.min = min;
            this.max = max;
        }
    }

    public void accept(double value) {
        ++count;
        simpleSum += value;
        addCompensated(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** Adds the other statistics' values into these. */
    public void combine(DoubleSummaryStatistics other) {
        count += other.count;
        simpleSum += other.simpleSum;
        addCompensated(other.sum);
        addCompensated(-other.sumCompensation);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** One step of Kahan summation. */
    private void addCompensated(double value) {
        double y = value - sumCompensation;
        double s = sum;
        double r = s + y;
        sumCompensation = (r - s) - y;
        sum = r;
    }

    public final long getCount() {
        return count;
    }

    public final double getSum() {
        double r = sum - sumCompensation;
        if (Double.isNaN(r) && Double.isInfinite(simpleSum)) {
            return simpleSum;
        }
        return r;
    }

    public final double getMin() {
        return min;
    }

    public final double getMax() {
        return max;
    }

    public final double getAverage() {
        return getCount() > 0 ? getSum() / getCount() : 0.0d;
    }

    public String toString() {
        return String.format("%s{count=%d, sum=%f, min=%f, average=%f, max=%f}",
                this.getClass().getSimpleName(), getCount(), getSum(), getMin(), getAverage(), getMax());
    }
}
