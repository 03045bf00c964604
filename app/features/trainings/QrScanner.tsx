import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

/**
 * Scans a ticket QR code with the device camera where the browser offers
 * BarcodeDetector; elsewhere it says so and the code is typed instead.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [supported, setSupported] = useState<boolean | null>(null);
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    setSupported("BarcodeDetector" in window && Boolean(navigator.mediaDevices?.getUserMedia));
  }, []);

  useEffect(() => {
    if (!scanning) return;
    const Barcode = (window as unknown as { BarcodeDetector: DetectorConstructor }).BarcodeDetector;
    const detector = new Barcode({ formats: ["qr_code"] });
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    void navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        const tick = async () => {
          if (stopped || !video.current) return;
          const [found] = await detector.detect(video.current).catch(() => []);
          if (found?.rawValue) {
            onCode(found.rawValue);
            setScanning(false);
            return;
          }
          timer = window.setTimeout(tick, 250);
        };
        void tick();
      })
      .catch(() => setSupported(false));
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, onCode]);

  if (supported === null) return null;
  if (!supported) return <p className="field__hint">{t("trainings.roster.scanUnsupported")}</p>;
  return (
    <div className="scanner">
      <button type="button" className="button button--secondary" onClick={() => setScanning((value) => !value)}>
        {scanning ? t("trainings.roster.stopScan") : t("trainings.roster.scan")}
      </button>
      {scanning ? <video ref={video} className="scanner__video" muted playsInline /> : null}
    </div>
  );
}
