package io.sirius.plugin.metadata.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.metadata.internal.config.MetadataConfig;
import io.sirius.plugin.metadata.internal.observers.MetadataValueObserver;
import io.sirius.plugin.metadata.internal.rest.MetadataRoute;
import io.sirius.plugin.metadata.internal.rest.MetadataSearchRoute;
import io.sirius.plugin.metadata.internal.rest.MetadatasRoute;
import io.sirius.plugin.metadata.internal.state.MetadataIndexes;
import io.sirius.plugin.metadata.internal.validators.MetadataImmutabilityValidator;
import io.sirius.plugin.metadata.internal.validators.MetadataRemovalValidator;
import io.sirius.plugin.metadata.internal.validators.MetadataResults;
import io.sirius.plugin.metadata.internal.validators.MetadataSizesValidator;
import io.sirius.plugin.metadata.internal.validators.MetadataTargetApprovalValidator;
import io.sirius.plugin.metadata.internal.validators.MetadataValueValidator;
import io.sirius.plugin.metadata.model.MetadataForm;
import io.sirius.plugin.metadata.model.MetadataTransaction;
import io.sirius.plugin.metadata.model.MetadataTypes;
import io.sirius.plugin.metadata.state.MetadataCache;
import org.osgi.service.component.annotations.Component;

/**
 * The metadata_v2 family: key/value metadata that an account (the source) attaches to an account, a mosaic or a
 * namespace (the target), changed by XOR deltas so that every change can be undone from the transaction alone. Six
 * types: account, mosaic and namespace metadata, each plain or extended with an immutability flag. It owns the
 * Metadata_v2 cache, keyed by composite hash, and serves {@code GET /metadata_v2/{compositeHash}},
 * {@code POST /metadata_v2} and the search {@code GET /metadata_v2}, over four indexes of its own
 * ({@code MetadataIndexes}: by source, target key, type and target id, scoped key) that its observer keeps beside the
 * cache, outside the StateHash.
 *
 * <p>Sirius makes all six types embeddable only, with the target key as a required cosigner of the aggregate. Without
 * aggregates this node accepts them at top level when the signer is the target (see
 * {@link MetadataTargetApprovalValidator}).
 *
 * <p><b>Prerequisites: the mosaic and namespace plugins.</b> Mosaic and namespace metadata publish the API's
 * {@code MosaicRequiredNotification} and {@code NamespaceRequiredNotification} (see
 * {@link MetadataTransactionHandler}), which only those plugins judge: a network that enables this plugin without them
 * lets metadata be attached to a mosaic or namespace that does not exist or that the target key does not own.
 */
@SiriusPlugin(value = "metadata_v2", types = {"0x413F", "0x423F", "0x433F", "0x443F", "0x453F", "0x463F"})
@Component(service = TransactionPlugin.class)
public final class MetadataPlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "metadata_v2";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(MetadataConfig.SECTION);
        for (MetadataForm form : MetadataForm.values()) {
            registrar.transaction(new TransactionDescriptor<>(form.siriusName(), form.type(), MetadataTypes.VERSION,
                    MetadataTypes.VERSION, true, MetadataTransaction.class, new MetadataTransactionCodec(form),
                    new MetadataTransactionHandler(form)));
            registrar.transactionJson(form.type(), new MetadataTransactionJson(form));
        }
        registrar.results(MetadataResults.values());
        registrar.statelessValidator(new MetadataTargetApprovalValidator());
        registrar.statelessValidator(new MetadataSizesValidator());
        registrar.statefulValidator(new MetadataValueValidator());
        registrar.statefulValidator(new MetadataImmutabilityValidator());
        registrar.statefulValidator(new MetadataRemovalValidator());
        registrar.observer(new MetadataValueObserver());
        registrar.cache(MetadataCache.DESCRIPTOR);
        MetadataIndexes.ALL.forEach(registrar::index);
        registrar.route(MetadataRoute.descriptor());
        registrar.route(MetadatasRoute.descriptor());
        registrar.route(MetadataSearchRoute.descriptor());
    }
}
