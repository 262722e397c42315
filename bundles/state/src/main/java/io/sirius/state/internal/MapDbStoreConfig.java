package io.sirius.state.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the MapDB engine (PID {@code io.sirius.state.mapdb}); every value has a default.
 */
@ObjectClassDefinition(name = "Sirius MapDB state engine", description = "Tuning of the state and block stores")
public @interface MapDbStoreConfig {

    /** @return decoded cache entries kept in memory per state cache */
    @AttributeDefinition(description = "Decoded entries kept in memory per state cache (0 turns the cache off)")
    int entryCacheCapacity() default 50_000;

    /** @return journal size that triggers a checkpoint, in MiB */
    @AttributeDefinition(description = "Journal size in MiB after which the store file is forced and the journal"
            + " emptied")
    int checkpointMegabytes() default 256;

    /** @return threads hashing Merkle trees; 0 for one per core */
    @AttributeDefinition(description = "Threads that hash a commit's Merkle trees, the committing thread included;"
            + " 0 for one per core, 1 for none besides the committing thread")
    int hashThreads() default 0;

    /** @return block segment size, in MiB */
    @AttributeDefinition(description = "Size in MiB after which the block store starts a new segment file")
    int blockSegmentMegabytes() default 256;
}
