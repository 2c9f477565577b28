package io.lambdasim.app.examples;

import java.util.List;
import java.util.Optional;

/**
 * The example gallery: ready projects for the use cases architects bring to Lambda, each a scenario file of
 * {@code examples/} with at least one Lambda design, one EC2 or Fargate design and an objective, and its story in the
 * scenario's {@code description}. The order is the order to list them in; the first is the project the app opens
 * when it is started without a file.
 */
public final class Gallery {

    /** The example {@code ./lambdasim} opens when it is started without a file. */
    public static final String DEFAULT_ID = "http-api";

    private static final List<GalleryExample> EXAMPLES = List.of(
            new GalleryExample("http-api", "HTTP API behind API Gateway",
                    "A shop's API with a daily curve: Lambda at 1 GB or 512 MB against an EC2 fleet behind an ALB",
                    "http-api.json"),
            new GalleryExample("thumbnail-pipeline", "Image thumbnails from storage events",
                    "Bursty S3 uploads: Lambda absorbs the bursts, Fargate workers behind a queue lag behind them",
                    "thumbnail-pipeline.json"),
            new GalleryExample("stream-processor", "Stream processor on a database change stream",
                    "Steady batches from a DynamoDB stream: Lambda against an always-on Fargate consumer",
                    "stream-processor.json"),
            new GalleryExample("website-backend", "Website backend",
                    "A quiet site behind CloudFront: a function URL against two small instances behind an ALB",
                    "website-backend.json"),
            new GalleryExample("mobile-launch-spike", "Mobile backend on launch day",
                    "Evening peaks and a launch crowd: a reserved-concurrency cap, no cap, or an EC2 fleet",
                    "mobile-launch-spike.json"),
            new GalleryExample("scheduled-job", "Scheduled fan-out every 5 minutes",
                    "A cron job fanning out to 50 workers and a nightly export: Lambda against one small instance",
                    "scheduled-job.json"));

    private Gallery() {
    }

    /** Every example, in the order to list them. */
    public static List<GalleryExample> examples() {
        return EXAMPLES;
    }

    /** The example {@code id}, if there is one. */
    public static Optional<GalleryExample> find(String id) {
        return EXAMPLES.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The example the app opens when it is started without a file ({@link #DEFAULT_ID}). */
    public static GalleryExample defaultExample() {
        return find(DEFAULT_ID).orElseThrow();
    }
}
