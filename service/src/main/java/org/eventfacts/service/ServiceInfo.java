package org.eventfacts.service;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** What {@code /version} reports and {@code /openapi.json} describes, read from the jar. */
final class ServiceInfo {

  private final String version;
  private final String coreNlpVersion;
  private final String openApi;

  private ServiceInfo(String version, String coreNlpVersion, String openApi) {
    this.version = version;
    this.coreNlpVersion = coreNlpVersion;
    this.openApi = openApi;
  }

  static ServiceInfo load() {
    Properties properties = new Properties();
    try (InputStream in = ServiceInfo.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
      URL openApi = Resources.getResource(ServiceInfo.class, "openapi.json");
      String version = properties.getProperty("version", "unknown");
      return new ServiceInfo(
          version,
          properties.getProperty("corenlp", "unknown"),
          Resources.toString(openApi, StandardCharsets.UTF_8).replace("${version}", version));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the service's resources", e);
    }
  }

  String version() {
    return version;
  }

  String coreNlpVersion() {
    return coreNlpVersion;
  }

  /** The OpenAPI 3 description of the endpoints, as JSON. */
  String openApi() {
    return openApi;
  }
}
