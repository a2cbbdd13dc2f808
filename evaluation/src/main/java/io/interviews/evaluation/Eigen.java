package io.interviews.evaluation;

import java.util.Arrays;
import java.util.Comparator;

/** Eigenvectors of a symmetric matrix by cyclic Jacobi rotations: small, exact enough, deterministic. */
final class Eigen {

    private static final int MAX_SWEEPS = 60;
    private static final double CONVERGED = 1e-12;

    private Eigen() {
    }

    /**
     * The unit eigenvectors of the {@code count} largest eigenvalues, largest first, each signed so that its largest
     * component is positive (so the same matrix always gives the same axes).
     */
    static double[][] topAxes(double[][] symmetric, int count) {
        int n = symmetric.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = symmetric[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > CONVERGED * diagonal(a); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, v, p, q);
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -a[i][i]));
        double[][] axes = new double[count][n];
        for (int k = 0; k < count; k++) {
            int column = order[k];
            int largest = 0;
            for (int i = 0; i < n; i++) {
                axes[k][i] = v[i][column];
                if (Math.abs(axes[k][i]) > Math.abs(axes[k][largest])) {
                    largest = i;
                }
            }
            if (axes[k][largest] < 0) {
                for (int i = 0; i < n; i++) {
                    axes[k][i] = -axes[k][i];
                }
            }
        }
        return axes;
    }

    /** Zeroes a[p][q] (and a[q][p]) by one rotation, accumulating it into the eigenvector columns of v. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    sum += a[i][j] * a[i][j];
                }
            }
        }
        return sum;
    }

    private static double diagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i][i] * a[i][i];
        }
        return sum;
    }
}
