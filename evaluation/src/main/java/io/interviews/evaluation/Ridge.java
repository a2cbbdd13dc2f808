package io.interviews.evaluation;

import java.util.List;

/** Least squares with an L2 penalty on every coefficient but the first (the intercept): small, exact, deterministic. */
final class Ridge {

    private Ridge() {
    }

    /** The coefficients minimising Σ (y − x·β)² + λ Σ_{j>0} β_j². Each row starts with its intercept term 1. */
    static double[] fit(List<double[]> rows, List<Double> targets, double lambda) {
        int n = rows.get(0).length;
        double[][] a = new double[n][n + 1];
        for (int r = 0; r < rows.size(); r++) {
            double[] x = rows.get(r);
            double y = targets.get(r);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] += x[i] * x[j];
                }
                a[i][n] += x[i] * y;
            }
        }
        for (int i = 1; i < n; i++) {
            a[i][i] += lambda;
        }
        return solve(a, n);
    }

    static double predict(double[] coefficients, double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += coefficients[i] * x[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting on the augmented matrix {@code a} (n × n+1). */
    private static double[] solve(double[][] a, int n) {
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swap = a[column];
            a[column] = a[pivot];
            a[pivot] = swap;
            if (Math.abs(a[column][column]) < 1e-12) {
                throw new IllegalStateException("singular system at column " + column);
            }
            for (int row = column + 1; row < n; row++) {
                double factor = a[row][column] / a[column][column];
                for (int k = column; k <= n; k++) {
                    a[row][k] -= factor * a[column][k];
                }
            }
        }
        double[] solution = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = a[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * solution[k];
            }
            solution[row] = sum / a[row][row];
        }
        return solution;
    }
}
