package io.github.dockertutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a course pack of the real course holds: busybox and the data-science part's images for everyone, TensorFlow only when asked. */
class CourseImagesTest {
    @Test
    void theCourseNeedsBusyboxAndTheDataScienceImagesAndOffersTensorflowOnlyForAnOptionalStep() {
        Course course = LessonLoader.load(Path.of("lessons"));
        List<CourseImages.CourseImage> images = CourseImages.of(course);
        assertEquals(List.of("busybox:latest", "tensorflow/tensorflow:latest", "python:3.11-slim",
                "jupyter/base-notebook:2023-10-20", "registry:2"),
                images.stream().map(CourseImages.CourseImage::reference).toList());
        assertEquals(List.of(false, true, false, false, false),
                images.stream().map(CourseImages.CourseImage::optionalOnly).toList());
        assertEquals(List.of("03-pull-an-image", "04-run-a-container", "05-publish-a-port", "06-write-a-dockerfile",
                "07-build-an-image", "08-run-your-image"), images.get(0).lessons());
        assertEquals(List.of("10-python-in-a-container", "11-your-data", "13-your-analysis-as-an-image",
                "14-share-it"), images.get(2).lessons());
    }

    @Test
    void anImageTheCourseBuildsIsNeverPulled() {
        Course course = LessonLoader.load(Path.of("lessons"));
        assertEquals(false, CourseImages.of(course).stream().anyMatch(image -> image.reference().contains("my-first-image")));
    }
}
