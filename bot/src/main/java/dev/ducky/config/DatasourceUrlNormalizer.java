package dev.ducky.config;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Applies {@link DatabaseUrl#normalize} to every configured data source before it connects, and keeps the
 * H2 server that a shared file starts on loopback.
 */
@Singleton
public class DatasourceUrlNormalizer implements BeanCreatedEventListener<DatasourceConfiguration> {
    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = DatabaseUrl.normalize(config.getJdbcUrl());
        if (DatabaseUrl.servesOtherProcesses(url)) {
            DatabaseUrl.keepServerOnLoopback();
        }
        config.setJdbcUrl(url);
        return config;
    }
}
