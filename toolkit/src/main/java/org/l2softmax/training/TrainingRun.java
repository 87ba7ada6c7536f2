package org.l2softmax.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.l2softmax.model.AlphaSetting;
import org.l2softmax.results.RunSummary;
import tech.tablesaw.api.Table;

/**
 * One finished training run: the trained network, its history table ({@code
 * org.l2softmax.results.HistoryColumns}) and its summary.
 *
 * @param alpha the alpha setting the network was built with
 * @param network the trained network
 * @param history one row per iteration
 * @param summary the run's outcome
 */
public record TrainingRun(
    AlphaSetting alpha, MultiLayerNetwork network, Table history, RunSummary summary) {}
