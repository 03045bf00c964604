import { auth } from "./auth";
import { common } from "./common";
import { courses } from "./courses";
import { errors } from "./errors";
import { home } from "./home";
import { reports } from "./reports";
import { trainer } from "./trainer";
import { trainings } from "./trainings";
import { validation } from "./validation";
import { webinars } from "./webinars";

export const translation = { common, auth, courses, errors, home, reports, trainer, trainings, validation, webinars };
