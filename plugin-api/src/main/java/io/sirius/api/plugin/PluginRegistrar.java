package io.sirius.api.plugin;

import io.sirius.api.config.ConfigSection;
import io.sirius.api.observer.Observer;
import io.sirius.api.resolver.AddressResolver;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.result.ResultCode;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.api.validation.StatelessValidator;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Collects what a plugin contributes. The kernel checks the declarations when {@code register} returns and
 * rejects the plugin, naming both bundles, if a transaction type or result facility is already taken.
 */
@ProviderType
public interface PluginRegistrar {

    /**
     * Declares the plugin's section of the network config.
     *
     * @param section the section and its parser
     */
    void config(ConfigSection<?> section);

    /**
     * Declares a transaction type.
     *
     * @param transaction the type, its versions, codec and handler
     */
    void transaction(TransactionDescriptor<?> transaction);

    /**
     * Declares the plugin's result codes; their facility becomes the plugin's.
     *
     * @param codes every code of the plugin's results enum, e.g. {@code TransferResults.values()}
     */
    void results(ResultCode... codes);

    /**
     * @param validator a rule over one notification type that reads no state
     */
    void statelessValidator(StatelessValidator<?> validator);

    /**
     * @param validator a rule over one notification type that reads state
     */
    void statefulValidator(StatefulValidator<?> validator);

    /**
     * @param observer a state change for one notification type
     */
    void observer(Observer<?> observer);

    /**
     * @param cache a state cache the plugin owns
     */
    void cache(CacheDescriptor<?, ?> cache);

    /**
     * Declares an index the plugin writes (see {@link io.sirius.api.state.IndexDescriptor}); its name must be unique
     * among the plugins and must not start with {@code core_}.
     *
     * @param index the index
     * @since 1.1
     */
    void index(io.sirius.api.state.IndexDescriptor index);

    /**
     * @param route a REST route over the plugin's state
     */
    void route(RouteDescriptor route);

    /**
     * Declares how the REST surface shows a transaction type's body.
     *
     * @param type one of the plugin's transaction types
     * @param writer writes the body's JSON fields
     */
    void transactionJson(io.sirius.api.model.EntityType type, io.sirius.api.rest.TransactionJson<?> writer);

    /**
     * @param resolver resolves mosaic aliases
     */
    void mosaicResolver(MosaicResolver resolver);

    /**
     * Registers a derivation of notifications from a notification and the state (see {@link NotificationDerivation}).
     *
     * @param derivation the derivation
     * @since 1.1
     */
    void derivation(NotificationDerivation<?> derivation);

    /**
     * @param resolver resolves address aliases
     */
    void addressResolver(AddressResolver resolver);
}
