/** The video files a trainer may upload: what meeting and recording tools write (MP4, MOV, WebM). */
export const VIDEO_FILE_NAME = /\.(mp4|m4v|mov|webm)$/i;

/** The file picker's filter for the same types. */
export const VIDEO_ACCEPT = "video/mp4,video/quicktime,video/webm,.mp4,.m4v,.mov,.webm";
