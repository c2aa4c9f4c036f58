package dev.ducky.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack's HTTP endpoint: hands the raw body and headers to Bolt, which checks the signature and the
 * timestamp and runs the handlers, and maps Bolt's answer back.
 */
@Controller("/slack/events")
// Only with a signing secret: Bolt then verifies every request, so nothing unsigned gets through.
@Requires(property = "ducky.slack.signing-secret", pattern = ".+")
public class SlackEventsController {
    private final App app;
    private final SlackRequestParser parser;

    public SlackEventsController(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Post(consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> events(HttpRequest<?> request, @Body String body) throws Exception {
        Map<String, List<String>> headers = new HashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name, values));
        var slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(request.getPath())
                .queryString(request.getParameters().asMap())
                .headers(new RequestHeaders(headers))
                .requestBody(body)
                .remoteAddress(request.getRemoteAddress().getAddress().getHostAddress())
                .build());
        return toHttp(app.run(slackRequest));
    }

    private static HttpResponse<String> toHttp(Response response) {
        MutableHttpResponse<String> http = HttpResponse.status(
                io.micronaut.http.HttpStatus.valueOf(response.getStatusCode()));
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> http.header(name, v)));
        }
        if (response.getBody() != null) {
            http.body(response.getBody());
            if (response.getContentType() != null) {
                http.contentType(response.getContentType());
            }
        }
        return http;
    }
}
