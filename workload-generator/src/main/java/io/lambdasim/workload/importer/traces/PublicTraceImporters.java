package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.trace.TraceImporter;
import java.util.List;

/** The importers of public serverless traces, with their default trace starts. */
public final class PublicTraceImporters {

    private PublicTraceImporters() {
    }

    /** Azure Functions 2019, Azure Functions 2021 and Huawei Cloud 2023, in that order. */
    public static List<TraceImporter> all() {
        return List.of(new AzureFunctions2019Importer(), new AzureFunctions2021Importer(),
                new HuaweiCloud2023Importer());
    }
}
