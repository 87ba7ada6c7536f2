// The usual imports of l2softmax notebooks and JShell sessions. bin/jshell loads this file, and
// so do the kernels that bin/setup-kernel and binder/postBuild set up (rapaio-jupyter-kernel
// through RJK_INIT_SCRIPT, IJava through IJAVA_STARTUP_SCRIPTS_PATH). Imports only: a kernel
// runs it before any cell, where printed text would be lost.
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.l2softmax.data.ImageSet;
import org.l2softmax.data.MnistData;
import org.l2softmax.layer.AlphaBound;
import org.l2softmax.layer.L2NormalizeScaleLayer;
import org.l2softmax.layer.L2Scaling;
import org.l2softmax.model.AlphaSetting;
import org.l2softmax.model.MnistCnn;
import org.l2softmax.notebook.Check;
import org.l2softmax.notebook.HtmlView;
import org.l2softmax.notebook.Notebook;
import org.l2softmax.notebook.NotebookSettings;
import org.l2softmax.plots.AccuracyPlot;
import org.l2softmax.plots.FeatureNormPlot;
import org.l2softmax.plots.LossPlot;
import org.l2softmax.plots.SweepReport;
import org.l2softmax.results.HistoryColumns;
import org.l2softmax.results.ResultTables;
import org.l2softmax.results.SummaryColumns;
import org.l2softmax.training.AlphaSweep;
import org.l2softmax.training.Evaluator;
import org.l2softmax.training.Measurement;
import org.l2softmax.training.ProgressListener;
import org.l2softmax.training.Trainer;
import org.l2softmax.training.TrainingOptions;
import org.l2softmax.training.TrainingRun;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.LinePlot;
import tech.tablesaw.plotly.api.ScatterPlot;
import tech.tablesaw.plotly.components.Figure;
