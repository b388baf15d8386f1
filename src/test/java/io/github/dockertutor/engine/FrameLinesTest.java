package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameLinesTest {
    @Test
    void aCharacterSplitAcrossFramesArrivesWhole() {
        byte[] text = "哈囉\r\nsecond line\nno end".getBytes(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        FrameLines frames = new FrameLines(lines::add);
        // cut in the middle of 哈's three bytes, and again inside 囉
        frames.onNext(new Frame(StreamType.STDOUT, Arrays.copyOfRange(text, 0, 1)));
        frames.onNext(new Frame(StreamType.STDOUT, Arrays.copyOfRange(text, 1, 4)));
        frames.onNext(new Frame(StreamType.STDERR, Arrays.copyOfRange(text, 4, text.length)));
        frames.finish();
        assertEquals(List.of("哈囉", "second line", "no end"), lines);
    }
}
