package nl.speelveld.assessment.assessment;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateNode.Origin;
import nl.speelveld.method.Band;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The SVG chart's markup: the Qute template {@code templates/chart/axes.svg} and what it shows ({@link View}). It
 * runs on a Qute engine of its own, so that the chart stays a plain class that unit tests render without a running
 * application; that engine escapes every value for XML ({@link AssessmentChart#esc}). The records are public only
 * because the engine reads them by reflection.
 */
public final class ChartTemplate {

    private static final Engine ENGINE = Engine.builder().addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new ResultMapper() {
                @Override
                public boolean appliesTo(Origin origin, Object result) {
                    return true;
                }

                @Override
                public String map(Object result, io.quarkus.qute.Expression expression) {
                    return AssessmentChart.esc(result.toString());
                }
            })
            .strictRendering(true)
            .build();
    private static final Template AXES = ENGINE.parse(read("templates/chart/axes.svg"));

    private ChartTemplate() {
    }

    static String render(View view) {
        return AXES.data("c", view).render();
    }

    private static String read(String resource) {
        try (InputStream in = ChartTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the template shows, with every coordinate already written as text. */
    public record View(String lang, int width, int height, String title, String desc, String axis1, String axis2,
            List<Zone> zones, String feasibility, String inclusivity, Position fiPosition, String notComputed,
            List<Chip> fiChips, String roleAxisY, String roleHeadingY, String tickY1, String tickY2, String tickTextY,
            String rolePositionY, List<Tick> ticks, Position rolePosition, List<MarkerView> markers,
            List<Chip> roleChips, Legend legend) {
    }

    public record Zone(String code, String x, String width, String fill, String labelX, String label) {
    }

    public record Position(Integer value, String cx, String labelX, String anchor, String label) {
    }

    public record Chip(String type, Band level, String x, String y, String width, String fill, boolean high,
            boolean dashed, String textX, String textY, String label) {
    }

    public record Tick(String x, String anchor, String label) {
    }

    public record MarkerView(boolean wanted, int position, String points, String x, String y, String textX,
            String textY, String anchor, String text) {
    }

    public record Legend(String y, String circleY, String diamond, String squareY, String wanted, String position,
            String expected) {
    }
}
